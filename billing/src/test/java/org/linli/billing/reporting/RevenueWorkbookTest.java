package org.linli.billing.reporting;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;
import org.linli.tenants.modules.Module;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RevenueWorkbookTest {

    @Test
    void modulesWithTheirTotalAndTheWeeksAsNumbersInYuan() throws IOException {
        Revenue.Line housekeeping = new Revenue.Line(Module.HOUSEKEEPING, 3, Money.fen(36_001), Money.fen(1_080),
                Money.fen(2_520), Money.fen(32_401));
        Revenue revenue = new Revenue(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 15), List.of(housekeeping),
                List.of(new Revenue.Week(LocalDate.of(2026, 11, 2), Money.fen(36_001), Money.fen(3_600)),
                        new Revenue.Week(LocalDate.of(2026, 11, 9), Money.ZERO, Money.ZERO)),
                new Revenue.Line(null, 3, Money.fen(36_001), Money.fen(1_080), Money.fen(2_520), Money.fen(32_401)),
                List.of(new Revenue.ProviderLine(5, "安心家政", 3, Money.fen(36_001), Money.fen(3_600),
                        Money.fen(32_401))));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                RevenueWorkbook.of(revenue, Locale.SIMPLIFIED_CHINESE)))) {
            Sheet modules = workbook.getSheetAt(0);
            assertThat(modules.getRow(0).getCell(2).getStringCellValue()).isEqualTo("实收（元）");
            assertThat(modules.getRow(1).getCell(0).getStringCellValue()).isEqualTo("家政");
            assertThat(modules.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(modules.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(360.01);
            assertThat(modules.getRow(2).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(modules.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(324.01);
            Sheet weeks = workbook.getSheetAt(1);
            assertThat(weeks.getLastRowNum()).isEqualTo(2);
            assertThat(weeks.getRow(2).getCell(0).getStringCellValue()).isEqualTo("2026-11-09");
            assertThat(weeks.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(36.0);
            Sheet providers = workbook.getSheetAt(2);
            assertThat(providers.getRow(1).getCell(0).getStringCellValue()).isEqualTo("安心家政");
            assertThat(providers.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(324.01);
        }
    }
}

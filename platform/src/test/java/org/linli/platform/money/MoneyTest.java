package org.linli.platform.money;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.linli.platform.problem.DomainException;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Example
    void readsYuanAsPeopleWriteIt() {
        assertThat(Money.parseYuan("12", "fee")).isEqualTo(Money.fen(1200));
        assertThat(Money.parseYuan("12.5", "fee")).isEqualTo(Money.fen(1250));
        assertThat(Money.parseYuan(" ¥1,200.05 ", "fee")).isEqualTo(Money.fen(120005));
        assertThat(Money.parseYuan("0", "fee")).isEqualTo(Money.ZERO);
    }

    @Example
    void refusesFractionsOfAFenAndNonsense() {
        for (String text : new String[] {"1.234", "abc", "1e400", ""}) {
            assertThatThrownBy(() -> Money.parseYuan(text, "fee")).as(text).isInstanceOf(DomainException.class);
        }
    }

    @Example
    void formatsWithTheYuanSignAndTwoDecimals() {
        assertThat(Money.fen(123450).format()).isEqualTo("¥1,234.50");
        assertThat(Money.fen(5).format()).isEqualTo("¥0.05");
        assertThat(Money.fen(-150).format()).isEqualTo("-¥1.50");
        assertThat(Money.fen(123450).toYuanString()).isEqualTo("1234.50");
    }

    @Example
    void arithmeticIsExact() {
        assertThat(Money.fen(10).plus(Money.fen(5)).minus(Money.fen(20))).isEqualTo(Money.fen(-5));
        assertThatThrownBy(() -> Money.fen(Long.MAX_VALUE).plus(Money.fen(1))).isInstanceOf(ArithmeticException.class);
    }

    @Example
    void formatsTheExtremesWithoutOverflow() {
        assertThat(Money.fen(Long.MIN_VALUE).format()).isEqualTo("-¥92,233,720,368,547,758.08");
        assertThat(Money.fen(Long.MAX_VALUE).toYuanString()).isEqualTo("92233720368547758.07");
        assertThat(Money.fen(-5).toYuanString()).isEqualTo("-0.05");
        assertThat(Money.ZERO.format()).isEqualTo("¥0.00");
    }

    /** Any amount reads as a decimal of it would: the formatting by integer arithmetic matches the reference one. */
    @Property
    void formatsAnyAmountAsADecimalWouldAndReadsItBack(@ForAll long fen) {
        BigDecimal yuan = BigDecimal.valueOf(fen, 2);
        assertThat(Money.fen(fen).format()).isEqualTo(new DecimalFormat("¥#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.ROOT)).format(yuan));
        assertThat(Money.fen(fen).toYuanString()).isEqualTo(yuan.toPlainString());
        assertThat(Money.parseYuan(Money.fen(fen).toYuanString(), "fee")).isEqualTo(Money.fen(fen));
    }
}

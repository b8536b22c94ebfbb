package org.linli.platform.money;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void readsYuanAsPeopleWriteIt() {
        assertThat(Money.parseYuan("12", "fee")).isEqualTo(Money.fen(1200));
        assertThat(Money.parseYuan("12.5", "fee")).isEqualTo(Money.fen(1250));
        assertThat(Money.parseYuan(" ¥1,200.05 ", "fee")).isEqualTo(Money.fen(120005));
        assertThat(Money.parseYuan("0", "fee")).isEqualTo(Money.ZERO);
    }

    @Test
    void refusesFractionsOfAFenAndNonsense() {
        for (String text : new String[] {"1.234", "abc", "1e400", ""}) {
            assertThatThrownBy(() -> Money.parseYuan(text, "fee")).as(text).isInstanceOf(DomainException.class);
        }
    }

    @Test
    void formatsWithTheYuanSignAndTwoDecimals() {
        assertThat(Money.fen(123450).format()).isEqualTo("¥1,234.50");
        assertThat(Money.fen(5).format()).isEqualTo("¥0.05");
        assertThat(Money.fen(-150).format()).isEqualTo("-¥1.50");
        assertThat(Money.fen(123450).toYuanString()).isEqualTo("1234.50");
    }

    @Test
    void arithmeticIsExact() {
        assertThat(Money.fen(10).plus(Money.fen(5)).minus(Money.fen(20))).isEqualTo(Money.fen(-5));
        assertThatThrownBy(() -> Money.fen(Long.MAX_VALUE).plus(Money.fen(1))).isInstanceOf(ArithmeticException.class);
    }
}

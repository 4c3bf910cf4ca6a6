package io.escapement.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void countsWholeYuanInFen() {
        assertThat(Money.yuan(128_000).minor()).isEqualTo(12_800_000L);
        assertThat(Money.yuan(3).plus(Money.fen(50))).isEqualTo(Money.fen(350));
    }

    @Test
    void formatsForTheShopper() {
        assertThat(Money.yuan(128_000).formatted()).isEqualTo("¥128,000");
        assertThat(Money.fen(12_800_050).formatted()).isEqualTo("¥128,000.50");
        assertThat(Money.fen(-500).formatted()).isEqualTo("-¥5");
        assertThat(Money.fen(7).formatted()).isEqualTo("¥0.07");
    }

    @Test
    void groupsThousandsAtEveryLength() {
        assertThat(Money.yuan(0).formatted()).isEqualTo("¥0");
        assertThat(Money.yuan(999).formatted()).isEqualTo("¥999");
        assertThat(Money.yuan(1_000).formatted()).isEqualTo("¥1,000");
        assertThat(Money.yuan(99_999).formatted()).isEqualTo("¥99,999");
        assertThat(Money.fen(123_456_789_10L).formatted()).isEqualTo("¥123,456,789.10");
        assertThat(Money.fen(-100_000_001).formatted()).isEqualTo("-¥1,000,000.01");
        assertThat(new Money(123_456, Currency.getInstance("USD")).formatted()).isEqualTo("USD 1,234.56");
    }

    @Test
    void refusesToMixCurrencies() {
        var dollars = new Money(100, Currency.getInstance("USD"));
        assertThatThrownBy(() -> Money.yuan(1).plus(dollars)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.yuan(1).compareTo(dollars)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToOverflow() {
        assertThatThrownBy(() -> Money.fen(Long.MAX_VALUE).plus(Money.fen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.yuan(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesAndSubtracts() {
        assertThat(Money.yuan(5).compareTo(Money.yuan(8))).isNegative();
        assertThat(Money.yuan(5).minus(Money.yuan(8)).isNegative()).isTrue();
        assertThat(Money.yuan(2).times(3)).isEqualTo(Money.yuan(6));
        assertThat(Money.fen(250).isWhole()).isFalse();
        assertThat(Money.fen(250).wholeUnits()).isEqualTo(2);
    }
}

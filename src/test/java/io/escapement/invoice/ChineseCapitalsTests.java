package io.escapement.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.money.Money;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseCapitalsTests {

    @ParameterizedTest(name = "{0} fen → {1}")
    @CsvSource({
        "12800000, 壹拾贰万捌仟元整",
        "5, 伍分",
        "100150, 壹仟零壹元伍角",
        "10000000000, 壹亿元整",
        "1001, 壹拾元零壹分",
        "0, 零元整",
        "100, 壹元整",
        "50, 伍角",
        "55, 伍角伍分",
        "1000, 壹拾元整",
        "1050, 壹拾元伍角",
        "10500, 壹佰零伍元整",
        "1000100, 壹万零壹元整",
        "1010000, 壹万零壹佰元整",
        "1000000100, 壹仟万零壹元整",
        "10001000000, 壹亿零壹万元整",
        "10000000100, 壹亿零壹元整",
        "12345678901, 壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分",
        "200000000, 贰佰万元整",
        "3004050607, 叁仟零肆万零伍佰零陆元零柒分",
        "99999999999999, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"
    })
    void writesTheAmountInCapitals(long fen, String capitals) {
        assertThat(ChineseCapitals.of(Money.fen(fen))).isEqualTo(capitals);
    }

    @Test
    void refusesNegativeForeignAndTooLargeAmounts() {
        assertThatThrownBy(() -> ChineseCapitals.of(Money.fen(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseCapitals.of(new Money(100, Currency.getInstance("USD"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseCapitals.of(Money.fen(ChineseCapitals.MAX_FEN + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

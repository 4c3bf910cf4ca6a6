package io.escapement.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the example of GB 32100-2015 itself
                "91350100M000100Y43",
                // check characters computed by hand from the standard's weights, one of each kind
                "91310000MA1FL8XQ37",
                "91110108551385082Q",
                "12100000400000770U",
                "91440300MA5DC12341"
            })
    void acceptsCodesWhoseCheckCharacterIsRight(String code) {
        assertThat(CreditCode.parse(code).value()).isEqualTo(code);
    }

    @Test
    void computesTheCheckCharacterOfTheStandardsExample() {
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.checkCharacter("91110108551385082")).isEqualTo('Q');
    }

    @Test
    void acceptsLowerCaseAndBlanksAroundAndKeepsTheUpperCaseForm() {
        assertThat(CreditCode.parse("  91110108551385082q ").value()).isEqualTo("91110108551385082Q");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"91350100M000100Y4", "91350100M000100Y433", "9135", "91350100M000100Y43 91350100M000100Y43"})
    void refusesAWrongLength(String code) {
        assertThatThrownBy(() -> CreditCode.parse(code))
                .isInstanceOf(InvoiceRefused.class)
                .hasMessage("invoice.title.creditCode.length");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91350100I000100Y43",
                "91350100O000100Y43",
                "9135010-M000100Y43",
                "91350100M000100Z43",
                "91350100M00０100Y43"
            })
    void refusesACharacterOutsideTheCodeSet(String code) {
        assertThatThrownBy(() -> CreditCode.parse(code))
                .isInstanceOf(InvoiceRefused.class)
                .hasMessage("invoice.title.creditCode.character");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91350100M000100Y44",
                "91350100M000100Y4Y",
                "91310000MA1FL8XQ36",
                "91110108551385082R",
                "19350100M000100Y43"
            })
    void refusesAWrongCheckCharacter(String code) {
        assertThatThrownBy(() -> CreditCode.parse(code))
                .isInstanceOf(InvoiceRefused.class)
                .hasMessage("invoice.title.creditCode.check");
    }

    @Test
    void refusesABlankCode() {
        assertThatThrownBy(() -> CreditCode.parse("   "))
                .isInstanceOf(InvoiceRefused.class)
                .hasMessage("invoice.title.creditCode.blank");
        assertThatThrownBy(() -> CreditCode.parse(null)).isInstanceOf(InvoiceRefused.class);
    }

    @Test
    void masksTheMiddle() {
        assertThat(CreditCode.parse("91350100M000100Y43").masked()).isEqualTo("9135**********0Y43");
    }
}

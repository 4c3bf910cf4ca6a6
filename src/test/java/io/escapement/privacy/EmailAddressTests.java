package io.escapement.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.escapement.testing.Bundles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

    private static final String NOT_AN_ADDRESS = "An e-mail address looks like name@example.com: one @, with a name"
            + " before it and a domain such as example.com after it.";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "zhang@escapement.cn",
                "zhang.san@mail.escapement.cn",
                "zhang.san+watches@escapement.cn",
                "o'brien@escapement.co.uk",
                "a!#$%&'*+/=?^_`{|}~-z@escapement.cn",
                "13812345678@163.com",
                "zhang@xn--fiqs8s.cn",
                "zhang@my-shop.xn--fiqs8s",
                "z@e.io"
            })
    void acceptsPracticalAddresses(String input) {
        assertThat(EmailAddress.parse(input).address()).isEqualTo(input);
    }

    @Test
    void trimsAndLowerCasesTheDomainOnly() {
        assertThat(EmailAddress.parse("  Zhang.San@Escapement.CN ").address()).isEqualTo("Zhang.San@escapement.cn");
    }

    @Test
    void normalisesTheWholeAddressToLowerCase() {
        var address = EmailAddress.parse("Zhang.San@Escapement.CN");

        assertThat(address.normalized()).isEqualTo("zhang.san@escapement.cn");
        assertThat(EmailAddress.parse("zhang.san@escapement.cn").normalized()).isEqualTo(address.normalized());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "zhang.escapement.cn",
                "zhang@@escapement.cn",
                "zhang@san@escapement.cn",
                "@escapement.cn",
                "zhang@",
                "zhang@localhost",
                "zhang@escapement..cn",
                "zhang@.escapement.cn",
                "zhang@escapement.cn.",
                "zhang@-escapement.cn",
                "zhang@escapement-.cn",
                "zhang@escape_ment.cn",
                "zhang@192.168.10.1",
                ".zhang@escapement.cn",
                "zhang.@escapement.cn",
                "zh..ang@escapement.cn",
                "zhang san@escapement.cn",
                "\"zhang\"@escapement.cn",
                "张三@escapement.cn",
                "zhang@例子.cn",
                "zhang@escapement.cn (Zhang)"
            })
    void rejectsWhatIsNotAnAddress(String input) {
        assertRejected(input, NOT_AN_ADDRESS);
    }

    @Test
    void limitsTheLocalPartTo64Characters() {
        assertThat(EmailAddress.parse("z".repeat(64) + "@escapement.cn").address())
                .startsWith("z".repeat(64) + "@");
        assertRejected(
                "z".repeat(65) + "@escapement.cn",
                "The part of an e-mail address before the @ can have at most 64 characters.");
    }

    @Test
    void limitsTheAddressTo254Characters() {
        var domain = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(58) + ".cn";
        var longest = "z".repeat(64) + "@" + domain;

        assertThat(longest).hasSize(254);
        assertThat(EmailAddress.parse(longest).address()).isEqualTo(longest);
        assertRejected(longest.replace("@", "@d"), "An e-mail address can have at most 254 characters.");
    }

    @Test
    void rejectsLabelsLongerThan63Characters() {
        assertThat(EmailAddress.parse("zhang@" + "a".repeat(63) + "." + "b".repeat(63))
                        .address())
                .endsWith("b".repeat(63));
        assertRejected("zhang@" + "a".repeat(64) + ".cn", NOT_AN_ADDRESS);
        assertRejected("zhang@escapement." + "b".repeat(64), NOT_AN_ADDRESS);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void asksForAnAddressWhenThereIsNone(String input) {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> EmailAddress.parse(input))
                .satisfies(refused -> assertThat(Bundles.english(refused))
                        .isEqualTo("Enter an e-mail address, such as name@example.com."));
    }

    @Test
    void constructsOnlyWithALowerCaseDomain() {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> new EmailAddress("zhang@Escapement.cn"))
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo(NOT_AN_ADDRESS));
    }

    @Test
    void showsOnlyTheFirstCharacterAndTheDomain() {
        assertThat(EmailAddress.parse("Zhang.San@Escapement.cn").masked()).isEqualTo("Z***@escapement.cn");
        assertThat(EmailAddress.parse("z@escapement.cn").masked()).isEqualTo("z***@escapement.cn");
    }

    @Test
    void printsOnlyTheMask() {
        var address = EmailAddress.parse("zhang.san@escapement.cn");

        assertThat(address.toString()).isEqualTo("z***@escapement.cn");
        assertThat(List.of(address).toString()).doesNotContain("zhang.san");
    }

    private static void assertRejected(String input, String message) {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> EmailAddress.parse(input))
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo(message))
                .withMessageNotContaining(input);
    }
}

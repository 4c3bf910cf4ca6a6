package io.escapement.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After signing in, a buyer goes back only to a page of this site. */
class LandingTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/x",
                "/\\evil.example",
                "https://evil.example",
                "javascript:alert(1)",
                "/signin?next=/x",
                "/account/<script>",
                "/account/\"onload",
                "",
                "account/orders"
            })
    void refusesAnythingButAPathOfThisSite(String next) {
        assertThat(Landing.returnTo(next)).isEmpty();
        assertThat(Landing.returnTo("/" + "a".repeat(300))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/account/checkout?listing=12", "/account/orders?state=closed", "/cart", "/watches/5"})
    void returnsToAPageOfThisSite(String next) {
        assertThat(Landing.returnTo(next)).contains(next);
    }
}

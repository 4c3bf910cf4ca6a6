package io.escapement.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.escapement.platform.web.SessionCookie;
import io.escapement.privacy.CookieCategory;
import io.escapement.privacy.DeclaredCookie;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps K-1: the cookie inventory is read from the code. */
class CookieInventoryTests {

    static final CookieInventory INVENTORY = CookieInventory.scan("io.escapement");

    @Test
    void listsEveryCookieOfTheApplication() {
        assertThat(INVENTORY.cookies())
                .extracting(SiteCookie::name)
                .containsExactly(
                        SessionCookie.CSRF,
                        SessionCookie.NAME,
                        "escapement_cart",
                        "escapement_cookies",
                        "escapement_lang");
        var csrf = INVENTORY.cookie(SessionCookie.CSRF).orElseThrow();
        assertThat(csrf.category()).isEqualTo(CookieCategory.STRICTLY_NECESSARY);
        assertThat(csrf.isSessionCookie()).isTrue();
        var session = INVENTORY.cookie(SessionCookie.NAME).orElseThrow();
        assertThat(session.category()).isEqualTo(CookieCategory.STRICTLY_NECESSARY);
        assertThat(session.isSessionCookie()).isTrue();
        assertThat(session.declaredBy()).isEqualTo(SessionCookie.class.getName() + ".NAME");
        var language = INVENTORY.cookie("escapement_lang").orElseThrow();
        assertThat(language.category()).isEqualTo(CookieCategory.PREFERENCES);
        assertThat(language.lifetime()).isEqualTo("P365D");
        assertThat(language.purpose().zh()).contains("语言");
        assertThat(language.purpose().en()).contains("language");
    }

    @Test
    void findsACookieDeclaredOnAnyConstant() {
        record Cart() {
            @DeclaredCookie(
                    category = CookieCategory.STRICTLY_NECESSARY,
                    lifetime = "P30D",
                    purposeZh = "保存未登录时加入购物车的腕表。",
                    purposeEn = "Keeps the watches a guest put in the cart.")
            static final String COOKIE = "escapement_cart";
        }
        var inventory = CookieInventory.of(List.of(Cart.class));
        assertThat(inventory.cookies()).singleElement().satisfies(cookie -> {
            assertThat(cookie.name()).isEqualTo("escapement_cart");
            assertThat(cookie.isSessionCookie()).isFalse();
        });
    }

    @Test
    void refusesALifetimeThatIsNeitherSessionNorIsoText() {
        record Forever() {
            @DeclaredCookie(
                    category = CookieCategory.ANALYTICS,
                    lifetime = "forever",
                    purposeZh = "统计",
                    purposeEn = "stats")
            static final String COOKIE = "forever";
        }
        assertThatIllegalStateException()
                .isThrownBy(() -> CookieInventory.of(List.of(Forever.class)))
                .withMessageContaining("'forever'")
                .withMessageContaining("ISO-8601");
    }

    @Test
    void refusesADeclarationOnAFieldThatIsNotAConstant() {
        class Mutable {
            @DeclaredCookie(
                    category = CookieCategory.PREFERENCES,
                    lifetime = "P1D",
                    purposeZh = "主题",
                    purposeEn = "theme")
            String cookie = "theme";
        }
        assertThatIllegalStateException()
                .isThrownBy(() -> CookieInventory.of(List.of(Mutable.class)))
                .withMessageContaining("not a static final String");
    }

    @Test
    void refusesTheSameNameDeclaredTwice() {
        record Copy() {
            @DeclaredCookie(
                    category = CookieCategory.PREFERENCES,
                    lifetime = "P1D",
                    purposeZh = "语言",
                    purposeEn = "language")
            static final String COOKIE = "escapement_lang";
        }
        var classes =
                new java.util.ArrayList<Class<?>>(io.escapement.privacy.DataMap.classesIn("io.escapement.storefront"));
        classes.add(Copy.class);
        assertThatIllegalStateException()
                .isThrownBy(() -> CookieInventory.of(classes))
                .withMessageContaining("escapement_lang is declared twice");
    }
}

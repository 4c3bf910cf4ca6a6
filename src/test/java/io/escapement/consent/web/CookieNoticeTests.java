package io.escapement.consent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.escapement.consent.CookieChoice;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Keeps K-1 and K-2: a notice to choose non-necessary cookies, honoured, and nothing breaks without cookies. */
@SpringBootTest
@AutoConfigureMockMvc
class CookieNoticeTests {

    @Autowired
    MockMvc mvc;

    @Test
    void asksUntilTheVisitorChoosesAndLoadsNoBeaconWithoutAnalytics() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("id=\"cookie-notice\"")))
                .andExpect(content().string(not(containsString("beacon.js"))));
        var chosen = new Cookie(CookieChoice.COOKIE, "p1a1");
        mvc.perform(get("/").cookie(chosen))
                .andExpect(content().string(not(containsString("id=\"cookie-notice\""))))
                .andExpect(content().string(containsString("beacon.js")));
    }

    @Test
    void recordsTheChoiceAndReturnsToThePage() throws Exception {
        mvc.perform(post("/cookies").param("preferences", "true").param("return", "/watches?brand=omega"))
                .andExpect(redirectedUrl("/watches?brand=omega"))
                .andExpect(cookie().value(CookieChoice.COOKIE, "p1a0"))
                .andExpect(cookie().secure(CookieChoice.COOKIE, true))
                .andExpect(cookie().httpOnly(CookieChoice.COOKIE, true));
        mvc.perform(post("/cookies").param("return", "//evil.example/phish")).andExpect(redirectedUrl("/"));
    }

    @Test
    void remembersTheLanguageOnlyWithPreferenceCookies() throws Exception {
        var declined = mvc.perform(post("/cookies").param("analytics", "true"))
                .andExpect(cookie().maxAge("escapement_lang", 0))
                .andReturn()
                .getResponse()
                .getCookie(CookieChoice.COOKIE);
        assertThat(declined.getValue()).isEqualTo("p0a1");
        mvc.perform(get("/").param("lang", "en").cookie(declined))
                .andExpect(content().string(containsString("New arrivals")))
                .andExpect(cookie().doesNotExist("escapement_lang"));
        mvc.perform(get("/").param("lang", "en")).andExpect(cookie().value("escapement_lang", "en"));
    }

    @Test
    void worksAfterCookiesAreClearedOrGarbled() throws Exception {
        mvc.perform(get("/watches").cookie(new Cookie(CookieChoice.COOKIE, "%%%"), new Cookie("escapement_lang", "xx")))
                .andExpect(content().string(containsString("id=\"cookie-notice\"")));
    }
}

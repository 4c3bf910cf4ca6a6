package io.escapement.platform.web;

import static io.escapement.testing.Buyer.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import io.escapement.account.Codes;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.searchhistory.SearchHistory;
import io.escapement.searchhistory.SearchQuery;
import io.escapement.testing.MovableClock;
import io.escapement.testing.MovableClockConfiguration;
import io.escapement.vault.PersonalDataVault;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Pages show moments in Beijing time in the reader's language; the API keeps ISO-8601 with an offset. */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.account.code-spacing=PT0S"})
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class BeijingTimeTests {

    /** A moment late in the evening in UTC: already the next morning in Beijing. */
    static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-02T23:30:00Z");

    /** Nothing on a page looks like an instant as Java prints it. */
    static final String NO_RAW_INSTANT = "(?s)(?!.*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}).*";

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    @Autowired
    SearchHistory history;

    @Autowired
    DevelopmentSmsOutbox sms;

    @Autowired
    PersonalDataVault vault;

    @Test
    void formatsAMomentInBeijingTimeInTheReadersLanguage() {
        var times = new Times();
        assertThat(times.format(LATE_EVENING_UTC, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年12月3日 07:30");
        assertThat(times.format(LATE_EVENING_UTC, Locale.ENGLISH)).isEqualTo("3 Dec 2026, 07:30");
        assertThat(times.format(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void searchHistoryShowsTheNextMorningInBeijingAndTheApiTheInstantWithItsOffset() throws Exception {
        var buyer = vault.newSubject("buyer");
        clock.set(LATE_EVENING_UTC);
        history.record(buyer, new SearchQuery("绿水鬼"));

        mvc.perform(get("/account/searches").with(as(buyer)))
                .andExpect(content().string(containsString("2026年12月3日 07:30")));
        mvc.perform(get("/account/searches").param("lang", "en").with(as(buyer)))
                .andExpect(content().string(containsString("3 Dec 2026, 07:30")));
        mvc.perform(get("/api/v1/me/searches").with(as(buyer)))
                .andExpect(jsonPath("$[0].searchedAt").value("2026-12-02T23:30:00Z"));
    }

    @Test
    void sessionsAndConsentHistoryShowBeijingTimeNotRawInstants() throws Exception {
        clock.set(Instant.now());
        var session = Codes.signIn(mvc, sms, "13690001203");
        mvc.perform(post("/account/privacy")
                .param("purpose", "PERSONALISATION")
                .param("on", "true")
                .cookie(session)
                .with(csrf()));

        for (var page : new String[] {"/account/sessions", "/account/privacy"}) {
            mvc.perform(get(page).cookie(session))
                    .andExpect(content().string(matchesPattern("(?s).*\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}.*")))
                    .andExpect(content().string(matchesPattern(NO_RAW_INSTANT)));
            mvc.perform(get(page).param("lang", "en").cookie(session))
                    .andExpect(content().string(matchesPattern("(?s).*\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}.*")))
                    .andExpect(content().string(not(containsString("年"))));
        }
    }
}

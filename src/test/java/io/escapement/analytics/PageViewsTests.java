package io.escapement.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.consent.Channel;
import io.escapement.consent.Consents;
import io.escapement.privacy.Purpose;
import io.escapement.vault.PersonalDataVault;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Keeps K-3: visits counted first-party and in aggregate; linked to a person only with consent. */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class PageViewsTests {

    @Autowired
    PageViews pageViews;

    @Autowired
    MockMvc mvc;

    @Autowired
    Consents consents;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsViewsInAggregatePerPageTypeWithoutCookies() throws Exception {
        var today = LocalDate.now(PageViews.CHINA);
        long detailBefore = views(today, "/watches/{id}");
        long gridBefore = views(today, "/watches");
        for (var path : new String[] {"/watches/12", "/watches/98765", "/watches?brand=rolex"}) {
            mvc.perform(post("/beacon").contentType(MediaType.TEXT_PLAIN).content(path))
                    .andExpect(status().isNoContent())
                    .andExpect(cookie().doesNotExist("ESCAPEMENT_SESSION"));
        }
        assertThat(views(today, "/watches/{id}")).isEqualTo(detailBefore + 2);
        assertThat(views(today, "/watches")).isEqualTo(gridBefore + 1);
    }

    private long views(LocalDate day, String page) {
        return pageViews.daily(day, day).stream()
                .filter(views -> views.page().equals(page))
                .mapToLong(PageViews.DailyViews::views)
                .sum();
    }

    @Test
    void linksAViewToAVisitorOnlyUnderTheAnalyticsConsentAndOnlyByPseudonym() {
        var visitor = vault.newSubject("buyer");
        long before = linkedViews();
        pageViews.count("/brands/omega", visitor);
        assertThat(linkedViews()).isEqualTo(before);

        consents.grant(visitor, Purpose.ANALYTICS, 1, Channel.WEB, "cookie notice v1: analytics on");
        pageViews.count("/brands/omega", visitor);
        assertThat(linkedViews()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select visitor from analytics.linked_view order by id desc limit 1")
                        .query(String.class)
                        .single())
                .isNotEqualTo(visitor.toString())
                .hasSize(22);

        consents.revoke(visitor, Purpose.ANALYTICS, 1, Channel.WEB, "privacy settings: analytics off");
        pageViews.count("/brands/omega", visitor);
        assertThat(linkedViews()).isEqualTo(before + 1);
    }

    @Test
    void rejectsABeaconThatIsNotAPathOfThisSite() throws Exception {
        for (var bad : new String[] {"https://evil.example/x", "//evil.example", "/" + "a".repeat(300)}) {
            mvc.perform(post("/beacon").contentType(MediaType.TEXT_PLAIN).content(bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail", containsString("本站页面的路径")));
        }
        mvc.perform(post("/beacon?lang=en").contentType(MediaType.TEXT_PLAIN).content("//evil.example"))
                .andExpect(jsonPath("$.detail", containsString("path of a page of this site")));
        mvc.perform(post("/beacon").contentType(MediaType.TEXT_PLAIN)).andExpect(status().isBadRequest());
        mvc.perform(post("/beacon").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void groupsPathsIntoPageTypes() {
        assertThat(PageViews.pageOf("/watches/123?x=1")).isEqualTo("/watches/{id}");
        assertThat(PageViews.pageOf("/media/listings/5/0-large.jpg")).isEqualTo("/media/listings/{id}/0-large.jpg");
        assertThat(PageViews.pageOf("/brands/rolex")).isEqualTo("/brands/rolex");
    }

    private long linkedViews() {
        return jdbc.sql("select count(*) from analytics.linked_view")
                .query(Long.class)
                .single();
    }
}

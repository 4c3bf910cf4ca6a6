package io.escapement.searchhistory;

import static io.escapement.testing.Buyer.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.escapement.platform.web.SessionCookie;
import io.escapement.testing.MovableClock;
import io.escapement.testing.MovableClockConfiguration;
import io.escapement.testing.ResidueScan;
import io.escapement.vault.PersonalDataVault;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Keeps C-3: popular searches publish only the catalogue's words, and only once 20 distinct
 * searchers used them; a name, a phone, an e-mail or an ID number is never counted, however many
 * people search it.
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class PopularSearchesTests {

    static final int K = 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    MovableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    @Autowired
    PopularSearches popular;

    @Autowired
    JdbcClient jdbc;

    @Test
    void neverPublishesANameSearchedByFiftySessions() throws Exception {
        IntStream.range(0, 50).forEach(i -> search("王小明", aSession()));
        IntStream.range(0, 50).forEach(i -> search("王小明 劳力士", aSession()));
        IntStream.range(0, 50).forEach(i -> search("万国沛", aSession()));
        clock.advance(Duration.ofMinutes(2));

        assertThat(popular()).noneMatch(keyword -> keyword.contains("王小明")).doesNotContain("万国 沛纳海", "万国沛");
        for (var typed : List.of("", "王", "王小明", "劳力士")) {
            assertThat(suggested(typed)).as("suggestions for '%s'", typed).doesNotContain("王小明");
        }
        assertThat(ResidueScan.of(admin).find(List.of("王小明")))
                .as("the name is stored nowhere")
                .isEmpty();
    }

    @Test
    void publishesACatalogueTermOnceTwentyDistinctSearchersUsedIt() throws Exception {
        IntStream.range(0, K - 1).forEach(i -> search("劳力士 绿水鬼", aSession()));
        clock.advance(Duration.ofMinutes(2));
        assertThat(popular()).as("used by %s searchers", K - 1).doesNotContain("劳力士 绿水鬼");
        assertThat(popularSuggestions("劳力士 绿")).doesNotContain("劳力士 绿水鬼");

        search("劳 lsg", as(vault.newSubject("buyer")));
        clock.advance(Duration.ofMinutes(2));
        assertThat(popular()).as("used by %s searchers", K).contains("劳力士 绿水鬼");
        assertThat(popularSuggestions("劳力士 绿")).contains("劳力士 绿水鬼");
    }

    @Test
    void countsOneSearcherOnceHoweverOftenTheySearch() throws Exception {
        var session = aSession();
        var buyer = as(vault.newSubject("buyer"));
        IntStream.range(0, 50).forEach(i -> search("百事圈", session));
        IntStream.range(0, 50).forEach(i -> search("百事圈", buyer));
        IntStream.range(0, K - 3).forEach(i -> search("百事圈", aSession()));
        clock.advance(Duration.ofMinutes(2));

        assertThat(popular()).as("%s searchers", K - 1).doesNotContain("百事圈");
        assertThat(popularSuggestions("百")).doesNotContain("百事圈");
    }

    @Test
    void neverCountsAPhoneAnEmailOrAnIdNumber() throws Exception {
        var personal = List.of("139.1312.5711", "139/1312/5711", "wang.fang@example.com", "11010519491231002X");
        for (var query : personal) {
            IntStream.range(0, K + 5).forEach(i -> search(query, aSession()));
        }
        clock.advance(Duration.ofMinutes(2));

        assertThat(popular()).noneMatch(keyword -> keyword.contains("1312") || keyword.contains("example"));
        assertThat(ResidueScan.of(admin).find(personal)).isEmpty();
    }

    @Test
    void deletesAWeeksPseudonymsWhenTheWeekEndsAndKeepsItsPopularKeywordsOneWeekMore() throws Exception {
        IntStream.range(0, K).forEach(i -> search("蓝气球", aSession()));
        IntStream.range(0, 3).forEach(i -> search("登月", aSession()));

        clock.advance(Duration.ofDays(7));
        assertThat(popular.prune()).as("pseudonyms deleted").isGreaterThanOrEqualTo(K + 3);
        assertThat(jdbc.sql("select count(*) from searchhistory.keyword_searcher")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(popular()).contains("蓝气球").doesNotContain("登月");

        clock.advance(Duration.ofDays(7));
        popular.prune();
        assertThat(popular()).doesNotContain("蓝气球");
    }

    @Test
    void answersABadLimitWithAProblem() throws Exception {
        for (var limit : List.of("0", "51", "many")) {
            mvc.perform(get("/api/v1/search/popular").param("limit", limit))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    private void search(String query, RequestPostProcessor who) {
        try {
            mvc.perform(get("/watches").param("q", query).with(who)).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A visitor who is not signed in but has a session, as asking for passkey options gives one. */
    private RequestPostProcessor aSession() {
        try {
            var cookie = mvc.perform(post("/webauthn/authenticate/options").with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getCookie(SessionCookie.NAME);
            assertThat(cookie).as("a visitor's session").isNotNull();
            return request -> {
                request.setCookies(cookie);
                return request;
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> popular() throws Exception {
        return read(get("/api/v1/search/popular").param("limit", "50"), "$[*].query");
    }

    private List<String> suggested(String typed) throws Exception {
        return read(get("/api/v1/search/suggest").param("q", typed), "$.suggestions[*].text");
    }

    private List<String> popularSuggestions(String typed) throws Exception {
        return read(get("/api/v1/search/suggest").param("q", typed), "$.suggestions[?(@.source == 'POPULAR')].text");
    }

    private List<String> read(MockHttpServletRequestBuilder request, String path) throws Exception {
        var body = mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, path);
    }
}

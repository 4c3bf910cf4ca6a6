package io.escapement.searchhistory;

import static io.escapement.testing.Buyer.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.testing.ResidueScan;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Keeps C-3 and U-3: a signed-in buyer's searches on the grid and the API are kept, sealed in the
 * vault, for the buyer to see again, search again, delete one by one or clear; nobody else reaches
 * them; visitors' searches are only counted, and popular searches show no personal-looking query.
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SearchHistoryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    SearchHistory history;

    @Autowired
    PopularSearches popular;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    @Test
    void recordsASignedInBuyersSearchesOnTheGridAndTheApi() throws Exception {
        var buyer = aBuyer();
        mvc.perform(get("/watches").param("q", "绿水鬼").with(as(buyer))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/listings").param("q", "  Rolex\t126610LN ").with(as(buyer)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/me/searches").with(as(buyer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].query").value("Rolex 126610LN"))
                .andExpect(jsonPath("$[0].href").value("/watches?q=Rolex%20126610LN"))
                .andExpect(jsonPath("$[1].query").value("绿水鬼"))
                .andExpect(jsonPath("$[1].href").value("/watches?q=%E7%BB%BF%E6%B0%B4%E9%AC%BC"))
                .andExpect(jsonPath("$[1].searchedAt").isNotEmpty());
        mvc.perform(get("/account/searches").with(as(buyer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("绿水鬼")))
                .andExpect(content().string(containsString("href=\"/watches?q=%E7%BB%BF%E6%B0%B4%E9%AC%BC\"")));
        mvc.perform(get("/account").with(as(buyer)))
                .andExpect(content().string(containsString("href=\"/account/searches\"")));
    }

    @Test
    void keepsNoHistoryForVisitorsOrForBlankAndFailedSearches() throws Exception {
        var buyer = aBuyer();
        mvc.perform(get("/watches").param("q", "  \u0000 ").with(as(buyer))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/listings")
                        .param("q", "百事圈")
                        .param("page", "zero")
                        .with(as(buyer)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/watches").param("q", "可乐圈 访客")).andExpect(status().isOk());
        mvc.perform(post("/watches").param("q", "咖啡圈").with(as(buyer)).with(csrf()));

        assertThat(history.entries(buyer)).isEmpty();
        assertThat(searchesOf("百事圈")).isZero();
        assertThat(searchesOf("可乐圈 访客")).as("a visitor's search is counted").isOne();
    }

    @Test
    void searchingAgainMovesTheSearchUpAndTheHistoryKeepsTheNewestFifty() throws Exception {
        var buyer = aBuyer();
        for (int i = 1; i <= SearchHistory.CAPACITY + 5; i++) {
            history.record(buyer, SearchQuery.of("型号 " + i).orElseThrow());
        }
        mvc.perform(get("/watches").param("q", "型号 10").with(as(buyer))).andExpect(status().isOk());

        assertThat(history.entries(buyer))
                .hasSize(SearchHistory.CAPACITY)
                .extracting(entry -> entry.query().text())
                .startsWith("型号 10", "型号 55", "型号 54")
                .doesNotContain("型号 1", "型号 5")
                .doesNotHaveDuplicates()
                .endsWith("型号 6");
    }

    @Test
    void deletesOneSearchOrAllOfThemOnlyForTheirOwner() throws Exception {
        var buyer = aBuyer();
        var other = aBuyer();
        var first = history.record(buyer, SearchQuery.of("熊猫迪").orElseThrow());
        var second = history.record(buyer, SearchQuery.of("鹦鹉螺").orElseThrow());
        history.record(buyer, SearchQuery.of("皇家橡树").orElseThrow());

        mvc.perform(delete("/api/v1/me/searches/{id}", first.id())
                        .with(as(other))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(delete("/api/v1/me/searches/{id}", first.id()).with(as(buyer)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/me/searches/{id}", "not-an-id")
                        .with(as(buyer))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("not-an-id")));
        mvc.perform(delete("/api/v1/me/searches/{id}", first.id())
                        .with(as(buyer))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/me/searches/{id}", first.id())
                        .with(as(buyer))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(history.entries(buyer))
                .extracting(entry -> entry.query().text())
                .containsExactly("皇家橡树", "鹦鹉螺");

        mvc.perform(post("/account/searches/{id}/delete", second.id())
                        .with(as(other))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("id=\"searches-problem\"")))
                .andExpect(content().string(not(containsString("鹦鹉螺"))));
        mvc.perform(post("/account/searches/{id}/delete", "x'1").with(as(buyer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("标识无效")));
        mvc.perform(post("/account/searches/{id}/delete", second.id())
                        .with(as(buyer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/searches?deleted"));
        assertThat(history.entries(buyer))
                .extracting(entry -> entry.query().text())
                .containsExactly("皇家橡树");

        history.record(other, SearchQuery.of("蝙蝠侠").orElseThrow());
        mvc.perform(post("/account/searches/clear").with(as(buyer)).with(csrf()))
                .andExpect(redirectedUrl("/account/searches?cleared"));
        assertThat(history.entries(buyer)).isEmpty();
        history.record(buyer, SearchQuery.of("海马").orElseThrow());
        mvc.perform(delete("/api/v1/me/searches").with(as(buyer)).with(csrf())).andExpect(status().isNoContent());
        assertThat(history.entries(buyer)).isEmpty();
        assertThat(history.entries(other)).as("another buyer's history").hasSize(1);
    }

    @Test
    void needsASignedInBuyer() throws Exception {
        mvc.perform(get("/api/v1/me/searches")).andExpect(status().isUnauthorized());
        mvc.perform(get("/account/searches")).andExpect(status().is3xxRedirection());
    }

    @Test
    void keepsNoPlaintextQueryOutsideTheKeywordCounts(CapturedOutput output) throws Exception {
        var buyer = aBuyer();
        var sentence = "想找一块二零一九年的格林尼治二代棕金圈，盒子和保卡都要齐全，预算二十万以内";
        var keyword = "格林尼治棕金圈";
        mvc.perform(get("/watches").param("q", sentence).with(as(buyer))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/listings").param("q", keyword).with(as(buyer))).andExpect(status().isOk());
        assertThat(history.entries(buyer)).hasSize(2);

        var findings = ResidueScan.of(admin).find(List.of(sentence, keyword));
        assertThat(findings)
                .as("only the keyword count, which has no link to the buyer")
                .isNotEmpty()
                .allSatisfy(finding ->
                        assertThat(finding.schema() + "." + finding.table()).isEqualTo("searchhistory.keyword_count"));
        assertThat(output.getAll()).doesNotContain(sentence).doesNotContain(keyword);
    }

    @Test
    void popularSearchesShowFrequentKeywordsButNoPersonalLookingQuery() throws Exception {
        var buyer = aBuyer();
        var personal = List.of("13912345678", "wang.fang@example.com", "11010519491231002X", "139 1234 5678");
        for (var query : List.of("登月 超霸", "登月 超霸", "蓝气球", "蓝气球")) {
            mvc.perform(get("/watches").param("q", query)).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/listings").param("q", "登月 超霸").with(as(buyer))).andExpect(status().isOk());
        for (var query : personal) {
            IntStream.range(0, PopularSearches.MINIMUM_SEARCHES).forEach(i -> search(query));
        }

        mvc.perform(get("/api/v1/search/popular").param("limit", "50"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.query == '登月 超霸')].searches").value(3))
                .andExpect(jsonPath("$[?(@.query == '蓝气球')]").isEmpty())
                .andExpect(content().string(not(containsString("example.com"))))
                .andExpect(content().string(not(containsString("1234"))));
        assertThat(jdbc.sql("select keyword from searchhistory.keyword_count")
                        .query(String.class)
                        .list())
                .noneMatch(keyword -> personal.stream()
                        .anyMatch(query -> query.toLowerCase().contains(keyword) || keyword.contains("1234")));
        mvc.perform(get("/api/v1/search/popular").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/search/popular").param("limit", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void deletesKeywordCountsAfterNinetyDays() {
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        for (var day : List.of(today.minusDays(PopularSearches.RETENTION_DAYS + 1), today.minusDays(1))) {
            jdbc.sql("insert into searchhistory.keyword_count (day, keyword, searches) values (:day, '宇宙计型', 5)")
                    .param("day", day)
                    .update();
        }
        assertThat(popular.prune()).isOne();
        assertThat(searchesOf("宇宙计型")).isEqualTo(5);
    }

    private void search(String query) {
        try {
            mvc.perform(get("/watches").param("q", query)).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long searchesOf(String keyword) {
        return jdbc.sql("select coalesce(sum(searches), 0) from searchhistory.keyword_count where keyword = :keyword")
                .param("keyword", keyword)
                .query(Long.class)
                .single();
    }

    private SubjectId aBuyer() {
        return vault.newSubject("buyer");
    }
}

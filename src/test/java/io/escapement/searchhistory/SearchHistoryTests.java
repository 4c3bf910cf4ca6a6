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
 * them; visitors' searches are not kept, and no query is stored in plain text.
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
        mvc.perform(get("/watches").param("q", "可乐圈")).andExpect(status().isOk());
        mvc.perform(post("/watches").param("q", "咖啡圈").with(as(buyer)).with(csrf()));

        assertThat(history.entries(buyer)).isEmpty();
        assertThat(searchersOf("百事圈")).as("a failed search").isZero();
        assertThat(searchersOf("可乐圈")).as("a visitor with no session").isZero();
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
    void keepsNoPlaintextQueryInTheDatabaseOrTheLogs(CapturedOutput output) throws Exception {
        var buyer = aBuyer();
        var sentence = "想找一块二零一九年的格林尼治二代棕金圈，盒子和保卡都要齐全，预算二十万以内";
        var keyword = "格林尼治雪碧";
        mvc.perform(get("/watches").param("q", sentence).with(as(buyer))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/listings").param("q", keyword).with(as(buyer))).andExpect(status().isOk());
        assertThat(history.entries(buyer)).hasSize(2);

        assertThat(ResidueScan.of(admin).find(List.of(sentence, keyword))).isEmpty();
        assertThat(searchersOf("格林尼治 雪碧"))
                .as("counted in the catalogue's words")
                .isOne();
        assertThat(output.getAll()).doesNotContain(sentence).doesNotContain(keyword);
    }

    private long searchersOf(String keyword) {
        return jdbc.sql("select count(*) from searchhistory.keyword_searcher where keyword = :keyword")
                .param("keyword", keyword)
                .query(Long.class)
                .single();
    }

    private SubjectId aBuyer() {
        return vault.newSubject("buyer");
    }
}

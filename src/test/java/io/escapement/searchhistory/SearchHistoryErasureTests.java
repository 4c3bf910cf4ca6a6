package io.escapement.searchhistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.AccountPhones;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.account.closing.AccountPurge;
import io.escapement.account.closing.Cancellation;
import io.escapement.privacy.PhoneNumber;
import io.escapement.testing.MovableClock;
import io.escapement.testing.MovableClockConfiguration;
import io.escapement.testing.ResidueScan;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Keeps C-3 with R-3: the account purge leaves nothing of a buyer's search history, and the buyer
 * stops counting in popular searches.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.account.code-spacing=PT0S"})
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class SearchHistoryErasureTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    AccountPhones phones;

    @Autowired
    Cancellation cancellation;

    @Autowired
    AccountPurge purge;

    @Autowired
    SearchHistory history;

    @Autowired
    PopularSearches popular;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    @Test
    void thePurgeOfAnAccountLeavesNoSearchHistory() throws Exception {
        var phone = PhoneNumber.parse("13366661001");
        var session = signIn(phone);
        var buyer = phones.owner(phone).orElseThrow();
        var query = "二零二零年 绿水鬼 126610LV 全套 带原装表盒与保卡 上海现货 可以面交";
        mvc.perform(get("/watches").param("q", query).cookie(session)).andExpect(status().isOk());
        assertThat(history.entries(buyer))
                .extracting(entry -> entry.query().text())
                .containsExactly(query);
        assertThat(sealedHistories(buyer)).isOne();

        cancellation.cancel(buyer, false);
        clock.advance(Duration.ofDays(30).plusSeconds(1));
        popular.count(SearchQuery.of("绿水鬼 126610LV").orElseThrow(), Searcher.buyer(buyer));
        assertThat(searchersOf("绿水鬼 126610lv")).isOne();
        assertThat(purge.purgeDue()).isPositive();

        assertThat(history.entries(buyer)).isEmpty();
        assertThat(sealedHistories(buyer)).isZero();
        ResidueScan.of(admin).assertNoneOf(query, "126610LV 全套");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(searchersOf("绿水鬼 126610lv"))
                        .as("the buyer's pseudonym in popular searches")
                        .isZero());
    }

    private long searchersOf(String keyword) {
        return jdbc.sql("select count(*) from searchhistory.keyword_searcher where keyword = :keyword")
                .param("keyword", keyword)
                .query(Long.class)
                .single();
    }

    private long sealedHistories(SubjectId buyer) {
        return jdbc.sql(
                        "select count(*) from vault.personal_field where subject_id = :id and field like 'searchhistory.%'")
                .param("id", buyer.value())
                .query(Long.class)
                .single();
    }

    private Cookie signIn(PhoneNumber phone) throws Exception {
        mvc.perform(post("/signin/code").param("phone", phone.nationalNumber()).with(csrf()));
        var code = outbox.messages().stream()
                .filter(message -> message.to().equals(phone))
                .findFirst()
                .orElseThrow()
                .text()
                .replaceAll("\\D*(\\d{6}).*", "$1");
        return mvc.perform(post("/signin")
                        .param("phone", phone.nationalNumber())
                        .param("code", code)
                        .param("acceptsPolicy", "true")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/privacy"))
                .andReturn()
                .getResponse()
                .getCookie("ESCAPEMENT_SESSION");
    }
}

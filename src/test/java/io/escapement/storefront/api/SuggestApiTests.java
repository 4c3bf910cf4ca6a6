package io.escapement.storefront.api;

import static io.escapement.testing.Buyer.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.search.ListingSearch;
import io.escapement.searchhistory.PopularSearches;
import io.escapement.searchhistory.SearchHistory;
import io.escapement.searchhistory.SearchQuery;
import io.escapement.searchhistory.Searcher;
import io.escapement.testing.MovableClock;
import io.escapement.testing.MovableClockConfiguration;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Autocomplete composed of the buyer's own searches (C-3, U-3: re-entry, never shown to anyone
 * else, gone as soon as deleted), the catalogue (pinyin included) and popular searches.
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class SuggestApiTests {

    /** Longer than popular searches are kept in memory. */
    static final Duration SNAPSHOT_EXPIRED = Duration.ofMinutes(2);

    /** As many distinct searchers as popular searches need by default. */
    static final int POPULAR = 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    SearchHistory history;

    @Autowired
    PopularSearches popular;

    @Autowired
    MovableClock clock;

    @Test
    void offersTheBuyersOwnSearchesFirstMarkedAsHistoryThenTheCatalogue(CapturedOutput output) throws Exception {
        var buyer = aBuyer();
        record(buyer, "rolex daytona");
        record(buyer, "劳力士 绿水鬼 2020年 上海");

        suggest("劳力", as(buyer))
                .andExpect(jsonPath("$.suggestions[0].text").value("劳力士 绿水鬼 2020年 上海"))
                .andExpect(jsonPath("$.suggestions[0].source").value("HISTORY"))
                .andExpect(jsonPath("$.suggestions[1].text").value("劳力士"))
                .andExpect(jsonPath("$.suggestions[1].source").value("CATALOG"))
                .andExpect(jsonPath("$.suggestions[1].kind").value("BRAND"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        suggest("绿水", as(buyer))
                .andExpect(jsonPath("$.suggestions[0].text").value("劳力士 绿水鬼 2020年 上海"))
                .andExpect(jsonPath("$.suggestions[1].text").value("绿水鬼"));
        suggest("ROLEX D", as(buyer))
                .andExpect(jsonPath("$.suggestions[0].text").value("rolex daytona"))
                .andExpect(jsonPath("$.suggestions[0].source").value("HISTORY"));
        assertThat(output).doesNotContain("2020年 上海", "rolex daytona");
    }

    @Test
    void neverShowsABuyersHistoryToAnotherBuyerOrAVisitor() throws Exception {
        var buyer = aBuyer();
        record(buyer, "劳力士 私人收藏 甲");

        for (var someoneElse : new RequestPostProcessor[] {as(aBuyer()), request -> request}) {
            suggest("劳", someoneElse)
                    .andExpect(jsonPath("$.suggestions[*].source", not(hasItem("HISTORY"))))
                    .andExpect(jsonPath("$.suggestions[*].text", not(hasItem("劳力士 私人收藏 甲"))));
            suggest("", someoneElse).andExpect(jsonPath("$.suggestions[*].text", not(hasItem("劳力士 私人收藏 甲"))));
        }
    }

    @Test
    void forgetsADeletedOrClearedSearchAtOnce() throws Exception {
        var buyer = aBuyer();
        var entry = history.record(buyer, SearchQuery.of("欧米茄 超霸 登月").orElseThrow());
        record(buyer, "欧米茄 海马 300");
        suggest("欧米茄", as(buyer)).andExpect(jsonPath("$.suggestions[0:2].source", everyItem(is("HISTORY"))));

        mvc.perform(delete("/api/v1/me/searches/" + entry.id()).with(as(buyer)).with(csrf()))
                .andExpect(status().isNoContent());
        suggest("欧米茄", as(buyer))
                .andExpect(jsonPath("$.suggestions[*].text", not(hasItem("欧米茄 超霸 登月"))))
                .andExpect(jsonPath("$.suggestions[0].text").value("欧米茄 海马 300"));

        mvc.perform(post("/account/searches/clear").with(as(buyer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        suggest("欧米茄", as(buyer)).andExpect(jsonPath("$.suggestions[*].source", not(hasItem("HISTORY"))));
        suggest("", as(buyer)).andExpect(jsonPath("$.suggestions", hasSize(0)));
    }

    @Test
    void withNothingTypedShowsTheBuyersNewestSearchesOrPopularOnes() throws Exception {
        var buyer = aBuyer();
        IntStream.rangeClosed(1, 7).forEach(i -> record(buyer, "最近 " + i));
        suggest("", as(buyer))
                .andExpect(jsonPath("$.suggestions", hasSize(SuggestApi.MAX_RECENT)))
                .andExpect(jsonPath("$.suggestions[0].text").value("最近 7"))
                .andExpect(jsonPath("$.suggestions[4].text").value("最近 3"))
                .andExpect(jsonPath("$.suggestions[*].source", everyItem(is("HISTORY"))));

        countPopular("冰蓝迪 劳力士", 30);
        suggest("", request -> request)
                .andExpect(jsonPath("$.suggestions[0].text").value("冰蓝迪 劳力士"))
                .andExpect(jsonPath("$.suggestions[*].source", everyItem(is("POPULAR"))))
                .andExpect(jsonPath("$.suggestions", hasSize(lessThanOrEqualTo(SuggestApi.MAX_RECENT))));
    }

    @Test
    void offersPopularSearchesAfterTheCatalogueAndLetsPopularityBreakTies() throws Exception {
        suggest("126610", request -> request)
                .andExpect(jsonPath("$.suggestions[*].text", contains("126610LN", "126610LV")));
        countPopular("126610lv", POPULAR);
        countPopular("126610 绿水鬼", POPULAR);

        suggest("126610", request -> request)
                .andExpect(jsonPath("$.suggestions[0].text").value("126610LV"))
                .andExpect(jsonPath("$.suggestions[0].source").value("CATALOG"))
                .andExpect(jsonPath("$.suggestions[1].text").value("126610LN"))
                .andExpect(jsonPath("$.suggestions[2].text").value("126610 绿水鬼"))
                .andExpect(jsonPath("$.suggestions[2].source").value("POPULAR"))
                .andExpect(jsonPath("$.suggestions", hasSize(3)));
    }

    @Test
    void findsChineseNamesByPinyinInitials() throws Exception {
        suggest("lsg", request -> request)
                .andExpect(jsonPath("$.suggestions[0].text").value("绿水鬼"))
                .andExpect(jsonPath("$.suggestions[0].kind").value("NICKNAME"));
        suggest("lls", request -> request).andExpect(jsonPath("$.suggestions[*].text", hasItem("劳力士")));
    }

    @Test
    void answersAnythingTypedWithAListNeverAnError() throws Exception {
        var buyer = aBuyer();
        record(buyer, "绿水鬼");
        for (var typed : new String[] {"x".repeat(1000), "*:*", "\"unbalanced", "\u0000\u0007", "😀", "%", "  "}) {
            for (var who : new RequestPostProcessor[] {as(buyer), request -> request}) {
                suggest(typed, who)
                        .andExpect(
                                jsonPath("$.suggestions", hasSize(lessThanOrEqualTo(ListingSearch.MAX_SUGGESTIONS))));
            }
        }
    }

    @Test
    void findsMatchesAnywhereInAFullHistoryNewestFirst() throws Exception {
        var buyer = aBuyer();
        IntStream.rangeClosed(1, SearchHistory.CAPACITY).forEach(i -> record(buyer, "劳力士 型号 " + i));
        suggest("劳力士 型号 4", as(buyer))
                .andExpect(jsonPath("$.suggestions[0].source").value("HISTORY"))
                .andExpect(jsonPath("$.suggestions[0].text").value("劳力士 型号 49"));
        assertThat(this.history.matching(buyer, "型号 4", 20))
                .extracting(entry -> entry.query().text())
                .startsWith("劳力士 型号 49", "劳力士 型号 48")
                .hasSize(11);
    }

    private ResultActions suggest(String typed, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/api/v1/search/suggest").param("q", typed).with(who))
                .andExpect(status().isOk());
    }

    private void record(SubjectId buyer, String query) {
        history.record(buyer, SearchQuery.of(query).orElseThrow());
    }

    /** Counts a keyword as searched by that many sessions, and lets the popular searches snapshot expire. */
    private void countPopular(String keyword, int searchers) {
        IntStream.range(0, searchers)
                .forEach(i -> popular.count(
                        SearchQuery.of(keyword).orElseThrow(), Searcher.session("suggest " + keyword + ' ' + i)));
        clock.advance(SNAPSHOT_EXPIRED);
    }

    private SubjectId aBuyer() {
        return vault.newSubject("buyer");
    }
}

package io.escapement.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingFilter;
import io.escapement.catalog.ListingSort;
import io.escapement.catalog.PageSpec;
import io.escapement.search.ListingSearch;
import io.escapement.search.spi.Availability;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class StorefrontPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    ListingSearch search;

    @Test
    void showsTheHomePageInChineseByDefault() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("新品上架"), containsString("劳力士"))))
                .andExpect(content().string(containsString("/media/listings/")));
    }

    @Test
    void switchesToEnglishAndRemembersTheChoice() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New arrivals")))
                .andExpect(cookie().value("escapement_lang", "en"))
                .andExpect(cookie().secure("escapement_lang", true))
                .andExpect(cookie().httpOnly("escapement_lang", true))
                .andExpect(cookie().sameSite("escapement_lang", "Lax"));
        mvc.perform(get("/watches").cookie(new Cookie("escapement_lang", "en")))
                .andExpect(content().string(containsString("Pre-owned watches")));
    }

    @Test
    void readsAnyOtherLanguageAsChineseSoThatPageAndCatalogueAgree() throws Exception {
        for (var lang : new String[] {"fr", "zh-TW", "xx"}) {
            mvc.perform(get("/").param("lang", lang))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("新品上架"), containsString("劳力士"))))
                    .andExpect(content().string(not(containsString("New arrivals"))));
        }
        mvc.perform(get("/").cookie(new Cookie("escapement_lang", "fr")))
                .andExpect(content().string(containsString("新品上架")));
    }

    @Test
    void filtersTheGridByBrand() throws Exception {
        var html = mvc.perform(get("/watches").param("brand", "omega"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("欧米茄")))
                .andExpect(content().string(not(containsString("card-brand\">劳力士"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html.split("id=\"results\"", -1))
                .as("one results region for htmx to swap")
                .hasSize(2);
    }

    @Test
    void showsTheFiltersUnderstoodInTheSearchAsChipsThatRemoveThemAndTheirWords() throws Exception {
        mvc.perform(get("/watches").param("q", "女表").param("brand", "cartier"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("表径不超过 35.9 毫米")))
                .andExpect(content().string(containsString("class=\"chip\" href=\"/watches?brand=cartier\"")))
                .andExpect(content().string(not(containsString("card-brand\">劳力士"))));
        mvc.perform(get("/watches").param("q", "under 100k").param("lang", "en"))
                .andExpect(content().string(containsString("Up to ¥100,000")))
                .andExpect(content().string(containsString("class=\"chip\" href=\"/watches\"")));
        mvc.perform(get("/watches").param("q", "劳力士"))
                .andExpect(content().string(not(containsString("class=\"chip\""))));
    }

    @Test
    void keepsTheFiltersWhenPaging() throws Exception {
        mvc.perform(get("/watches")
                        .param("brand", "rolex")
                        .param("sort", "PRICE_ASC")
                        .param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("/watches?brand=rolex&amp;sort=PRICE_ASC&amp;size=5&amp;page=2")));
    }

    @Test
    void showsAListingWithItsAttributesAndMaskedSerial() throws Exception {
        var listing = catalog.newArrivals(1).get(0);
        mvc.perform(get("/watches/{id}", listing.id()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(listing.reference().referenceNumber()),
                                containsString(listing.maskedSerial()),
                                containsString(listing.condition().criteria().zh()),
                                containsString("/media/listings/" + listing.id() + "/0-large.jpg"))));
    }

    @Test
    void showsABrandPageWithItsReferences() throws Exception {
        mvc.perform(get("/brands/rolex"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("126610LV"), containsString("绿水鬼"))));
        mvc.perform(get("/brands/nosuchbrand")).andExpect(status().isNotFound());
    }

    @Test
    void explainsBadFiltersOnThePageInsteadOfFailing() throws Exception {
        mvc.perform(get("/watches").param("minPrice", "300000").param("maxPrice", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("最低价格（¥300,000）高于最高价格（¥1,000）")));
        mvc.perform(get("/watches")
                        .param("minPrice", "300000")
                        .param("maxPrice", "1000")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The minimum price (¥300,000) is above the maximum")));
        mvc.perform(get("/watches").param("minYear", "soon").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("were not understood and were ignored: minYear")));
        mvc.perform(get("/watches").param("brand", "nosuchbrand"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("没有名为“nosuchbrand”的品牌。")))
                .andExpect(content().string(not(containsString("/api/v1/brands"))));
    }

    @Test
    void saysOnceHowManyPagesThereAreWhenAskedForOnePastTheEnd() throws Exception {
        int pages = search.search(
                        "", ListingFilter.NONE, Availability.ON_SALE, ListingSort.NEWEST, new PageSpec(1, 100))
                .page()
                .totalPages();
        for (var page : List.of(pages + 1, 100)) {
            mvc.perform(get("/watches").param("size", "100").param("page", String.valueOf(page)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("没有第 " + page + " 页：符合条件的腕表共 " + pages + " 页。")))
                    .andExpect(content().string(containsString("size=100&amp;page=" + pages + "\"")))
                    .andExpect(content().string(not(containsString("没有符合条件的腕表"))));
        }
        mvc.perform(get("/watches").param("page", "417").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is no page 417: these watches fill ")))
                .andExpect(content().string(not(containsString("between 1 and 416"))))
                .andExpect(content().string(not(containsString("No watch matches"))));
    }

    @Test
    void answersUnknownPagesWithAReadableNotFound() throws Exception {
        mvc.perform(get("/watches/999999999")).andExpect(status().isNotFound());
    }
}

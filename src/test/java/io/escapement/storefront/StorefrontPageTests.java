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
import jakarta.servlet.http.Cookie;
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
                                containsString(listing.condition().criteria(true)),
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
                .andExpect(content().string(containsString("minimum price (300000) is above the maximum")));
        mvc.perform(get("/watches").param("minYear", "soon").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("were not understood and were ignored: minYear")));
        mvc.perform(get("/watches").param("brand", "nosuchbrand"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is no brand")));
    }

    @Test
    void answersUnknownPagesWithAReadableNotFound() throws Exception {
        mvc.perform(get("/watches/999999999")).andExpect(status().isNotFound());
    }
}

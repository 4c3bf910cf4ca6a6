package io.escapement.storefront;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CatalogApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsBrandsWithChineseAndEnglishNames() throws Exception {
        mvc.perform(get("/api/v1/brands"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThanOrEqualTo(25)))
                .andExpect(jsonPath("$[?(@.slug == 'rolex')].nameZh").value("劳力士"));
    }

    @Test
    void listsReferencesOfOneBrand() throws Exception {
        mvc.perform(get("/api/v1/references").param("brand", "omega"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].brandSlug", everyItem(is("omega"))))
                .andExpect(jsonPath("$[?(@.referenceNumber == '310.30.42.50.01.001')]")
                        .exists());
    }

    @Test
    void pagesListingsOnSale() throws Exception {
        mvc.perform(get("/api/v1/listings").param("size", "10").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(10)))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(200)))
                .andExpect(jsonPath("$.items[*].status", everyItem(is("ON_SALE"))));
    }

    @Test
    void filtersListingsLikeTheStorefront() throws Exception {
        mvc.perform(get("/api/v1/listings")
                        .param("brand", "rolex")
                        .param("maxPrice", "150000")
                        .param("condition", "MINT,EXCELLENT,VERY_GOOD")
                        .param("sort", "PRICE_ASC")
                        .param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].brand", everyItem(is("rolex"))))
                .andExpect(jsonPath("$.items[*].priceCny", everyItem(lessThanOrEqualTo(150_000))));
    }

    @Test
    void answersWhichFiltersItUnderstoodInTheTextAndSearchesTheOtherWords() throws Exception {
        mvc.perform(get("/api/v1/listings").param("q", "劳力士10万以下").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.understood", hasSize(1)))
                .andExpect(jsonPath("$.understood[0].parameter").value("maxPrice"))
                .andExpect(jsonPath("$.understood[0].value").value("100000"))
                .andExpect(jsonPath("$.understood[0].text").value("10万以下"))
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.items[*].brand", everyItem(is("rolex"))))
                .andExpect(jsonPath("$.items[*].priceCny", everyItem(lessThanOrEqualTo(100_000))));
        mvc.perform(get("/api/v1/listings").param("q", "劳力士10万以下").param("maxPrice", "50000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.understood", hasSize(0)))
                .andExpect(jsonPath("$.items[*].priceCny", everyItem(lessThanOrEqualTo(50_000))));
        mvc.perform(get("/api/v1/listings").param("q", "126610LN")).andExpect(jsonPath("$.understood", hasSize(0)));
    }

    @Test
    void showsOneListingWithMaskedSerialMerchantAndPhotos() throws Exception {
        long id = firstListingId();
        mvc.perform(get("/api/v1/listings/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.serialNumber", matchesPattern("\\*{4}[A-Z0-9]{4}")))
                .andExpect(jsonPath("$.merchant.name").isNotEmpty())
                .andExpect(jsonPath("$.conditionCriteriaZh").isNotEmpty())
                .andExpect(jsonPath("$.photos[0].largeUrl", containsString("/media/listings/" + id + "/0-large.jpg")));
        mvc.perform(get("/api/v1/listings/{id}/photos", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThanOrEqualTo(3)));
        mvc.perform(get("/media/listings/{id}/0-thumbnail.jpg", id))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_JPEG));
    }

    @ParameterizedTest(name = "{0} → 400: {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "/api/v1/listings?brand=nosuchbrand | There is no brand “nosuchbrand”.",
                "/api/v1/listings?minPrice=200000&maxPrice=100000 | minimum price (¥200,000) is above the maximum",
                "/api/v1/listings?maxPrice=92233720368547758 | A price is a whole number of yuan from ¥1 to ¥100,000,000.",
                "/api/v1/listings?size=10000 | A page holds 1 to 100 watches, not 10,000.",
                "/api/v1/listings?page=0 | Page 0 cannot be shown",
                "/api/v1/listings?minPrice=cheap | “cheap” is not a valid value for minPrice: expected a whole number",
                "/api/v1/listings?condition=SHINY | “SHINY” is not a valid value for condition: expected one of UNWORN",
                "/api/v1/listings?sort=random | expected one of RELEVANCE, NEWEST",
                "/api/v1/listings?minDiameter=big | expected a number",
                "/api/v1/listings?maxDiameter=1e12 | Diameters are given in millimetres",
                "/api/v1/listings?page=5000 | only the first 10,000 results can be paged through",
                "/api/v1/listings/abc | “abc” is not a valid value for id: expected a whole number",
                "/api/v1/references/1x | for id",
                "/api/v1/references?brand=nosuchbrand | There is no brand “nosuchbrand”.",
            })
    void answersBadInputWithProblemDetails(String url, String detail) throws Exception {
        mvc.perform(get(url).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail", containsString(detail)))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void answersInChineseUnlessTheClientAsksForEnglish() throws Exception {
        mvc.perform(get("/api/v1/listings").param("minPrice", "200000").param("maxPrice", "100000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("查询条件无效"))
                .andExpect(jsonPath("$.detail").value("最低价格（¥200,000）高于最高价格（¥100,000），请调换两者或只填写一个。"));
        mvc.perform(get("/api/v1/listings").param("page", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("请求有误"))
                .andExpect(jsonPath("$.parameter").value("page"))
                .andExpect(jsonPath("$.detail").value("“abc”不是参数 page 的有效值：应为整数。"));
        mvc.perform(get("/api/v1/listings/999999999").header("Accept-Language", "zh-CN,zh;q=0.9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("没有编号为 999999999 的腕表。"));
        mvc.perform(get("/api/v1/listings/999999999").header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8"))
                .andExpect(jsonPath("$.detail").value("There is no listing with id 999999999."));
        mvc.perform(get("/api/v1/listings/999999999").header("Accept-Language", "de"))
                .andExpect(jsonPath("$.detail").value("没有编号为 999999999 的腕表。"));
    }

    @Test
    void answersUnknownIdsWithNotFound() throws Exception {
        mvc.perform(get("/api/v1/listings/999999999").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is no listing with id 999999999."));
        mvc.perform(get("/api/v1/brands/nosuchbrand")).andExpect(status().isNotFound());
        mvc.perform(get("/media/listings/999999999/0-large.jpg")).andExpect(status().isNotFound());
    }

    @Test
    void publishesTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi", matchesPattern("3\\..*")))
                .andExpect(jsonPath("$.info.title").value("Escapement API"))
                .andExpect(jsonPath("$.paths['/api/v1/listings'].get.parameters[*].name")
                        .value(org.hamcrest.Matchers.hasItems(
                                "brand", "minPrice", "priceBand", "condition", "page", "size")))
                .andExpect(jsonPath("$.paths['/api/v1/listings/{id}'].get").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void sendsSecurityHeaders() throws Exception {
        mvc.perform(get("/api/v1/brands").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
    }

    private long firstListingId() throws Exception {
        var json = mvc.perform(get("/api/v1/listings").param("size", "1"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Long.parseLong(json.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }
}

package io.escapement.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Condition;
import io.escapement.catalog.ListWatch;
import io.escapement.catalog.ListingStatus;
import io.escapement.catalog.SerialNumber;
import io.escapement.merchant.MerchantContact;
import io.escapement.merchant.MerchantDirectory;
import io.escapement.merchant.RegisterMerchant;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PhoneNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The merchant's public page ({@code /merchants/{id}}) and the listing page's way to it: business
 * facts and watches on sale only, never the merchant's contact person.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MerchantPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    MerchantDirectory merchants;

    @Test
    void showsTheShopsNameCitySinceAndOnlyItsWatchesOnSale() throws Exception {
        var shop = register("钟表测试馆", "13700001111", "shop-one@example.com");
        var reference = catalog.referenceByNumber("126610LV").orElseThrow();
        catalog.list(List.of(
                watch(reference.id(), shop, "SHOPPAGE1", ListingStatus.ON_SALE, 188_000),
                watch(reference.id(), shop, "SHOPPAGE2", ListingStatus.SOLD, 177_000),
                watch(reference.id(), shop, "SHOPPAGE3", ListingStatus.DRAFT, 166_000)));
        var onSale = catalog.listingsOf(shop).stream()
                .filter(listing -> listing.status() == ListingStatus.ON_SALE)
                .toList();
        assertThat(onSale).hasSize(1);

        var html = mvc.perform(get("/merchants/{id}", shop.value()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("钟表测试馆"),
                                containsString("上海"),
                                containsString("2019 入驻"),
                                containsString("共 1 只在售"),
                                containsString("¥188,000"))))
                .andExpect(content().string(allOf(not(containsString("¥177,000")), not(containsString("¥166,000")))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Pattern.compile("href=\"/watches/(\\d+)\"")
                        .matcher(html)
                        .results()
                        .map(match -> Long.parseLong(match.group(1)))
                        .distinct())
                .containsExactly(onSale.get(0).id().value());
    }

    @Test
    void neverShowsTheMerchantsContactPerson() throws Exception {
        var shop = register("隐私测试表行", "13700002222", "contact-two@example.com");
        mvc.perform(get("/merchants/{id}", shop.value()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Test Watches"),
                                containsString("This shop has no watches on sale right now."))))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("欧阳")),
                                not(containsString("13700002222")),
                                not(containsString("0002222")),
                                not(containsString("contact-two")))));
    }

    @Test
    void answersAnUnknownMerchantWithNotFound() throws Exception {
        mvc.perform(get("/merchants/{id}", 987_654_321L)).andExpect(status().isNotFound());
        mvc.perform(get("/merchants/not-a-number")).andExpect(status().isNotFound());
    }

    @Test
    void showsTheShippingFeeAndLinksTheListingToItsMerchantsPage() throws Exception {
        var listing = catalog.newArrivals(50).stream()
                .filter(io.escapement.catalog.Listing::buyable)
                .findFirst()
                .orElseThrow();
        var merchant = merchants.find(listing.merchantId()).orElseThrow();
        mvc.perform(get("/watches/{id}", listing.id().value()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "href=\"/merchants/" + merchant.id().value() + "\""),
                                containsString(merchant.nameZh()),
                                containsString("id=\"shipping-fee\">包邮<"),
                                containsString("id=\"buy-bar\""),
                                containsString("id=\"add-to-cart\""),
                                containsString("id=\"buy-now\""))));
    }

    private MerchantId register(String name, String phone, String email) {
        return merchants
                .register(List.of(new RegisterMerchant(
                        name,
                        "Test Watches",
                        "上海",
                        LocalDate.of(2019, 5, 1),
                        BigDecimal.valueOf(4.7),
                        new MerchantContact(
                                PersonName.parse("欧阳明"), PhoneNumber.parse(phone), EmailAddress.parse(email)))))
                .get(0);
    }

    private static ListWatch watch(
            io.escapement.catalog.ReferenceId reference,
            MerchantId merchant,
            String serial,
            ListingStatus status,
            long yuan) {
        return new ListWatch(
                reference,
                merchant,
                new SerialNumber(serial),
                2021,
                Condition.MINT,
                BoxAndPapers.FULL_SET,
                Money.yuan(yuan),
                "上海",
                status,
                3,
                7,
                "",
                "",
                false);
    }
}

package io.escapement.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Condition;
import io.escapement.catalog.ListWatch;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingStatus;
import io.escapement.catalog.SerialNumber;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import io.escapement.privacy.StaffRole;
import io.escapement.testing.Staff;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Keeps P-7: a merchant's staff see and change their own merchant's listings, never another's. */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class MerchantPortalTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MerchantDirectory merchants;

    @Autowired
    Catalog catalog;

    MerchantId ours;
    MerchantId theirs;
    Listing ourWatch;
    Listing theirWatch;
    Listing ourSoldWatch;

    @BeforeEach
    void twoMerchantsWithAWatchEach() {
        var ids = merchants.register(List.of(
                MerchantFixtures.merchant("上海甲表行", "13800000001"), MerchantFixtures.merchant("北京乙表行", "13800000002")));
        ours = ids.get(0);
        theirs = ids.get(1);
        catalog.list(List.of(
                watch(ours, "OURS" + ours, ListingStatus.ON_SALE),
                watch(theirs, "THEIRS" + theirs, ListingStatus.ON_SALE),
                watch(ours, "SOLD" + ours, ListingStatus.SOLD)));
        ourWatch = only(catalog.listingsOf(ours), ListingStatus.ON_SALE);
        ourSoldWatch = only(catalog.listingsOf(ours), ListingStatus.SOLD);
        theirWatch = only(catalog.listingsOf(theirs), ListingStatus.ON_SALE);
    }

    @Test
    void listsOwnListingsOnly() throws Exception {
        mvc.perform(get("/merchant").with(Staff.ofMerchant(ours)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/merchant/listings/" + ourWatch.id() + "\"")))
                .andExpect(content().string(not(containsString("/merchant/listings/" + theirWatch.id() + "\""))));
    }

    @Test
    void refusesAnotherMerchantsListingAsIfItDidNotExist() throws Exception {
        mvc.perform(get("/merchant/listings/{id}", theirWatch.id()).with(Staff.ofMerchant(ours)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("本店没有该商品")))
                .andExpect(content()
                        .string(not(containsString(theirWatch.reference().referenceNumber()))));
        mvc.perform(post("/merchant/listings/{id}/price", theirWatch.id())
                        .param("price", "1")
                        .with(Staff.ofMerchant(ours))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(catalog.listingOf(theirs, theirWatch.id()).orElseThrow().price())
                .isEqualTo(theirWatch.price());
    }

    @Test
    void repricesOwnListingAndRefusesBadPrices() throws Exception {
        mvc.perform(post("/merchant/listings/{id}/price", ourWatch.id())
                        .param("price", "88000")
                        .with(Staff.ofMerchant(ours))
                        .with(csrf()))
                .andExpect(redirectedUrl("/merchant/listings/" + ourWatch.id() + "?repriced"));
        assertThat(catalog.listing(ourWatch.id()).map(Listing::price)).contains(Money.yuan(88_000));

        for (var bad : List.of("", "0", "abc", "-5", "1e9", "999999999999")) {
            mvc.perform(post("/merchant/listings/{id}/price", ourWatch.id())
                            .param("price", bad)
                            .with(Staff.ofMerchant(ours))
                            .with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("请以整数元填写价格")));
        }
        mvc.perform(post("/merchant/listings/{id}/price", ourSoldWatch.id())
                        .param("price", "1000")
                        .with(Staff.ofMerchant(ours))
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(catalog.listing(ourWatch.id()).map(Listing::price)).contains(Money.yuan(88_000));
    }

    @Test
    void keepsAWatchAsTheBuyerSawItWhileTheyPay() throws Exception {
        var buyer = UUID.randomUUID();
        assertThat(catalog.hold(ourWatch.id(), buyer, Duration.ofMinutes(15))).isPresent();
        mvc.perform(get("/merchant/listings/{id}", ourWatch.id()).with(Staff.ofMerchant(ours)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("有买家正在为这只腕表付款")));
        mvc.perform(post("/merchant/listings/{id}/price", ourWatch.id())
                        .param("price", "1000")
                        .with(Staff.ofMerchant(ours))
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(catalog.listing(ourWatch.id()).map(Listing::price)).contains(ourWatch.price());

        assertThat(catalog.release(ourWatch.id(), buyer)).isTrue();
        mvc.perform(post("/merchant/listings/{id}/price", ourWatch.id())
                        .param("price", "1000")
                        .with(Staff.ofMerchant(ours))
                        .with(csrf()))
                .andExpect(redirectedUrl("/merchant/listings/" + ourWatch.id() + "?repriced"));
    }

    @Test
    void operationsInviteAMerchantsStaff() throws Exception {
        mvc.perform(post("/console/merchants/{id}/staff", ours)
                        .param("handle", "shop-" + ours + "-a")
                        .with(Staff.as(StaffRole.OPERATIONS))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/staff/enroll?token=")));
        mvc.perform(post("/console/merchants/{id}/staff", ours)
                        .param("handle", "Not A Handle!")
                        .with(Staff.as(StaffRole.OPERATIONS))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/console/merchants/{id}/staff", 999_999)
                        .param("handle", "shop-nowhere")
                        .with(Staff.as(StaffRole.OPERATIONS))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/merchants/{id}/staff", ours)
                        .param("handle", "shop-" + ours + "-b")
                        .with(Staff.as(StaffRole.CUSTOMER_SERVICE))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private ListWatch watch(MerchantId merchant, String serial, ListingStatus status) {
        var reference = catalog.references(Optional.empty()).get(0);
        return new ListWatch(
                reference.id(),
                merchant,
                new SerialNumber(serial),
                2021,
                Condition.EXCELLENT,
                BoxAndPapers.FULL_SET,
                Money.yuan(120_000),
                "上海",
                status,
                1,
                7L,
                "描述",
                "Description",
                false);
    }

    private static Listing only(List<Listing> listings, ListingStatus status) {
        return listings.stream().filter(l -> l.status() == status).findFirst().orElseThrow();
    }
}

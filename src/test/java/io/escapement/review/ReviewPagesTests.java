package io.escapement.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.catalog.Catalog;
import io.escapement.order.Order;
import io.escapement.party.MerchantId;
import io.escapement.privacy.StaffRole;
import io.escapement.testing.Buyer;
import io.escapement.testing.Staff;
import io.escapement.vault.SubjectId;
import io.escapement.visual.TestPhotos;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reviews on the pages: the buyer writes one in the account, the merchant replies once from its
 * portal, staff hide one with a reason (audited) from the console and it leaves the public pages
 * while its buyer still sees it, marked; the merchant's rating is the mean over visible reviews.
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
@Import(ReviewFixtures.class)
class ReviewPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    BuyerReviews reviews;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theBuyerReviewsAReceivedOrderFromTheAccount() throws Exception {
        var buyer = fixtures.buyer();
        var order = fixtures.received(buyer, new MerchantId(71), "REVIEWPAGE01");
        var number = order.number().value();

        mvc.perform(get("/account").with(Buyer.as(buyer)))
                .andExpect(content().string(containsString("id=\"hub-reviews\"")))
                .andExpect(content().string(containsString("我的评价")));
        mvc.perform(get("/account/orders/{n}", number).with(Buyer.as(buyer)))
                .andExpect(content().string(allOf(containsString("id=\"order-review\""), containsString("评价晒单"))));
        mvc.perform(get("/account/reviews").with(Buyer.as(buyer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-order=\"" + number + "\"")));

        mvc.perform(multipart("/account/reviews")
                        .param("order", number)
                        .param("asDescribed", "9")
                        .param("service", "5")
                        .param("shipping", "5")
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("每项评分请选择 1 到 5 颗星")));
        mvc.perform(multipart("/account/reviews")
                        .file(new MockMultipartFile("photos", "w.jpg", "image/jpeg", TestPhotos.photoWithGps()))
                        .param("order", number)
                        .param("asDescribed", "5")
                        .param("service", "4")
                        .param("shipping", "4")
                        .param("text", "原装表盒齐全")
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account/reviews"));
        mvc.perform(get("/account/reviews").with(Buyer.as(buyer)))
                .andExpect(content()
                        .string(allOf(
                                containsString("原装表盒齐全"),
                                containsString("/media/reviews/"),
                                not(containsString("data-order=\"" + number + "\"")))));

        var id = reviews.list(buyer).get(0).id();
        mvc.perform(post("/account/reviews/{id}", id.value())
                        .param("asDescribed", "4")
                        .param("service", "4")
                        .param("shipping", "4")
                        .param("text", "改成四星")
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/reviews"));
        assertThat(reviews.list(buyer).get(0).text()).isEqualTo("改成四星");
        mvc.perform(post("/account/reviews/{id}/delete", id.value())
                        .with(Buyer.as(SubjectId.random()))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("没有这条评价")));
        mvc.perform(post("/account/reviews/{id}/delete", id.value())
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/reviews"));
        assertThat(reviews.list(buyer)).isEmpty();
    }

    @Test
    void theMerchantRepliesOnceFromThePortal() throws Exception {
        var merchant = fixtures.merchant();
        var buyer = fixtures.buyer();
        var review = review(buyer, fixtures.received(buyer, merchant, "REVIEWPAGE02"), 5, "很专业的商家");

        mvc.perform(get("/merchant/reviews").with(Staff.ofMerchant(merchant)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("很专业的商家"), containsString("匿名买家"))));
        mvc.perform(get("/merchant/reviews").with(Staff.ofMerchant(73)))
                .andExpect(content().string(not(containsString("很专业的商家"))));
        mvc.perform(post("/merchant/reviews/{id}/reply", review.id().value())
                        .param("reply", "别人的评价")
                        .with(Staff.ofMerchant(73))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(post("/merchant/reviews/{id}/reply", review.id().value())
                        .param("reply", "感谢您的信任")
                        .with(Staff.ofMerchant(merchant))
                        .with(csrf()))
                .andExpect(redirectedUrl("/merchant/reviews"));
        mvc.perform(post("/merchant/reviews/{id}/reply", review.id().value())
                        .param("reply", "第二次回复")
                        .with(Staff.ofMerchant(merchant))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("商家只能回复一次")));

        assertThat(reviews.list(buyer).get(0).reply()).isEqualTo("感谢您的信任");
        mvc.perform(get("/merchants/{id}", merchant.value()))
                .andExpect(content().string(allOf(containsString("感谢您的信任"), not(containsString("第二次回复")))));
    }

    @Test
    void staffHideAReviewWithAReasonThatIsAuditedAndItLeavesThePublicPages() throws Exception {
        var merchant = fixtures.merchant();
        var buyer = fixtures.buyer();
        var order = fixtures.received(buyer, merchant, "REVIEWPAGE03");
        var review = review(buyer, order, 5, "加我微信 watch123 更便宜");
        var photo = "/media/reviews/" + review.photos().get(0) + ".jpg";
        mvc.perform(get("/merchants/{id}", merchant.value()))
                .andExpect(content().string(containsString("加我微信")));
        mvc.perform(get("/watches/{id}", order.listing().value()))
                .andExpect(content().string(containsString("加我微信")));
        var referencePage = "/references/"
                + catalog.listing(order.listing())
                        .orElseThrow()
                        .reference()
                        .id()
                        .value();
        mvc.perform(get(referencePage))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("加我微信")));
        mvc.perform(get("/references/999999999")).andExpect(status().isNotFound());
        mvc.perform(get(photo)).andExpect(status().isOk());

        var hide = "/console/reviews/{id}/hide";
        mvc.perform(post(hide, review.id().value())
                        .param("reason", "广告")
                        .param("caseReference", "CS-2026-0099")
                        .with(Staff.as(StaffRole.DPO))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(hide, review.id().value())
                        .param("reason", " ")
                        .param("caseReference", "CS-2026-0099")
                        .with(Staff.as(StaffRole.CUSTOMER_SERVICE))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请说明隐藏这条评价的原因")));
        mvc.perform(post(hide, review.id().value())
                        .param("reason", "广告")
                        .with(Staff.as(StaffRole.CUSTOMER_SERVICE))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(audited(buyer)).isEmpty();

        mvc.perform(get("/console/reviews").with(Staff.as(StaffRole.CUSTOMER_SERVICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("加我微信")));
        mvc.perform(post(hide, review.id().value())
                        .param("reason", "含有站外联系方式")
                        .param("caseReference", "CS-2026-0099")
                        .with(Staff.as(StaffRole.CUSTOMER_SERVICE))
                        .with(csrf()))
                .andExpect(redirectedUrl("/console/reviews"));
        mvc.perform(post(hide, review.id().value())
                        .param("reason", "再隐藏")
                        .param("caseReference", "CS-2026-0099")
                        .with(Staff.as(StaffRole.OPERATIONS))
                        .with(csrf()))
                .andExpect(status().isConflict());

        assertThat(audited(buyer))
                .containsExactly(
                        "review.Review.state CORRECT CUSTOMER_SERVICE CS-2026-0099 含有站外联系方式 customer_service-01");
        mvc.perform(get("/merchants/{id}", merchant.value()))
                .andExpect(content().string(allOf(not(containsString("加我微信")), containsString("暂无评价"))));
        mvc.perform(get("/watches/{id}", order.listing().value()))
                .andExpect(content().string(not(containsString("加我微信"))));
        mvc.perform(get(referencePage)).andExpect(content().string(not(containsString("加我微信"))));
        mvc.perform(get(photo)).andExpect(status().isNotFound());
        mvc.perform(get(photo).with(Buyer.as(buyer))).andExpect(status().isOk());
        mvc.perform(get("/account/reviews").with(Buyer.as(buyer)))
                .andExpect(content().string(allOf(containsString("加我微信"), containsString("已被平台隐藏：含有站外联系方式"))));
        mvc.perform(get("/account/accesses").with(Buyer.as(buyer)))
                .andExpect(content().string(containsString("CS-2026-0099")));
    }

    @Test
    void theMerchantsRatingIsTheMeanOverVisibleReviewsWithTheCount() throws Exception {
        var merchant = fixtures.merchant();
        var first = fixtures.buyer();
        var second = fixtures.buyer();
        var third = fixtures.buyer();
        mvc.perform(get("/merchants/{id}", merchant.value()))
                .andExpect(content().string(containsString("暂无评价")));

        review(first, fixtures.received(first, merchant, "REVIEWPAGE04"), 5, "五星");
        var hidden = review(third, fixtures.received(third, merchant, "REVIEWPAGE06"), 1, "一星广告");
        reviews.edit(
                second,
                review(second, fixtures.received(second, merchant, "REVIEWPAGE05"), 3, "三星")
                        .id(),
                new Ratings(4, 4, 3),
                "还行");
        mvc.perform(post("/console/reviews/{id}/hide", hidden.id().value())
                        .param("reason", "广告")
                        .param("caseReference", "CS-2026-0100")
                        .with(Staff.as(StaffRole.OPERATIONS))
                        .with(csrf()))
                .andExpect(redirectedUrl("/console/reviews"));

        // (5 + 5 + 5) / 3 = 5 and (4 + 4 + 3) / 3 = 3.67: the mean is 4.33; the hidden one does not count
        mvc.perform(get("/merchants/{id}", merchant.value()))
                .andExpect(content()
                        .string(allOf(
                                containsString("<strong class=\"rating-average\">4.3</strong>"),
                                containsString("2 条评价"),
                                containsString("还行"),
                                not(containsString("一星广告")))));
        mvc.perform(get("/merchants/{id}", merchant.value()).param("lang", "en"))
                .andExpect(content().string(containsString("2 reviews")));
        mvc.perform(get("/merchant/reviews").with(Staff.ofMerchant(merchant)))
                .andExpect(content().string(containsString("4.3")));
    }

    private Review review(SubjectId buyer, Order order, int stars, String text) {
        return reviews.write(
                buyer,
                new WriteReview(order.number().value(), new Ratings(stars, stars, stars), text),
                List.of(TestPhotos.photoWithGps()));
    }

    private List<String> audited(SubjectId buyer) {
        return jdbc.sql("select field, action, accessor_role, case_reference, reason, accessor_ref from audit.entry"
                        + " where subject_id = :subject and category = 'user.content' order by seq")
                .param("subject", buyer.value())
                .query((rs, row) -> String.join(
                        " ",
                        rs.getString("field"),
                        rs.getString("action"),
                        rs.getString("accessor_role"),
                        rs.getString("case_reference"),
                        rs.getString("reason"),
                        rs.getString("accessor_ref")))
                .list();
    }
}

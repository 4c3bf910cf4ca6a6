package io.escapement.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.party.MerchantId;
import io.escapement.testing.Buyer;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import io.escapement.visual.TestPhotos;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The buyer's reviews through the API (U-4, C-7): a review after receipt with a photo whose EXIF
 * and GPS are gone when it comes back, every bad input refused with a problem that changes nothing,
 * edit, and a delete that takes the photos' bytes with it.
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
@Import(ReviewFixtures.class)
@RecordApplicationEvents
class ReviewsApiTests {

    private static final String REVIEWS = "/api/v1/me/reviews";

    @Autowired
    MockMvc mvc;

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BuyerReviews reviews;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    ApplicationEvents events;

    @Test
    void aReviewAfterReceiptKeepsItsPhotoWithoutExifOrGps() throws Exception {
        var buyer = fixtures.buyer();
        var order = fixtures.received(buyer, new MerchantId(61), "REVIEWAPI01");
        var photo = TestPhotos.photoWithGps();
        assertThat(TestPhotos.ascii(photo)).contains("Exif");

        var body = mvc.perform(form(order.number().value(), "5", "4", "5", "表很新，和描述一致")
                        .file(new MockMultipartFile("photos", "w.jpg", "image/jpeg", photo))
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.order").value(order.number().value()))
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andExpect(jsonPath("$.asDescribed").value(5))
                .andExpect(jsonPath("$.photos", hasSize(1)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var path =
                JsonMapper.builder().build().readTree(body).get("photos").get(0).asString();

        var served = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(TestPhotos.markers(served)).doesNotContain(TestPhotos.APP1);
        assertThat(TestPhotos.ascii(served)).doesNotContain("Exif").doesNotContain("MM\0*");
        var stored = jdbc.sql("select jpeg from review.review_photo p join review.review r on r.id = p.review_id"
                        + " where r.order_id = :order")
                .param("order", order.id().value())
                .query(byte[].class)
                .single();
        assertThat(stored).isEqualTo(served).isNotEqualTo(photo);

        mvc.perform(get(REVIEWS).with(Buyer.as(buyer)))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].text").value("表很新，和描述一致"));
        mvc.perform(get(REVIEWS).with(Buyer.as(SubjectId.random()))).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void refusesEveryBadReviewWithAProblemAndChangesNothing() throws Exception {
        var buyer = fixtures.buyer();
        var merchant = new MerchantId(62);
        var notReceived = fixtures.paid(buyer, merchant, "REVIEWAPI02");
        var received = fixtures.received(buyer, merchant, "REVIEWAPI03");
        var number = received.number().value();

        refused(json(notReceived.number().value(), 5, "好"), buyer, 409, "确认收货后才能评价");
        refused(json(number, 5, "好"), SubjectId.random(), 404, "您没有这个编号的订单");
        refused(json("20261206-K7QM2XD9", 5, "好"), buyer, 404, "您没有这个编号的订单");
        refused(json("nonsense", 5, "好"), buyer, 404, "您没有这个编号的订单");
        refused(json(number, 0, "好"), buyer, 400, "1 到 5 颗星");
        refused(json(number, 6, "好"), buyer, 400, "1 到 5 颗星");
        refused(json(number, 5, "x".repeat(100_000)), buyer, 400, "最多 2,000 个字");
        refused(json(number, 5, "长".repeat(100_000)), buyer, 413, "超过此地址允许的大小");
        mvc.perform(form(number, "5", "5", "5", "长".repeat(100_000))
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("最多 2,000 个字")));
        refused("{\"order\":\"" + number + "\"}", buyer, 400, "1 到 5 颗星");

        mvc.perform(form(number, "5", "5", "5", "不是照片")
                        .file(new MockMultipartFile(
                                "photos", "a.jpg", "image/jpeg", "GIF89a".getBytes(StandardCharsets.US_ASCII)))
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("不是 JPEG、PNG 或 WebP")));
        var ten = form(number, "5", "5", "5", "十张");
        for (int i = 0; i < 10; i++) {
            ten.file(new MockMultipartFile("photos", i + ".jpg", "image/jpeg", TestPhotos.photoWithGps()));
        }
        mvc.perform(ten.with(Buyer.as(buyer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("最多 9 张照片")));
        mvc.perform(post(REVIEWS)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(number, 5, "好"))
                        .with(Buyer.as(buyer)))
                .andExpect(status().isForbidden());
        assertThat(rows(buyer)).as("no refused review was stored").isZero();
        assertThat(photoRows()).isZero();

        mvc.perform(post(REVIEWS)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(number, 4, "好"))
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isCreated());
        refused(json(number, 5, "再评一次"), buyer, 409, "已评价过此订单");
        assertThat(rows(buyer)).isEqualTo(1);
        mvc.perform(post(REVIEWS)
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(number, 5, "again"))
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("reviewed this order already")));
    }

    @Test
    void theBuyerEditsAndDeletesForGoodWithThePhotos() throws Exception {
        var buyer = fixtures.buyer();
        var order = fixtures.received(buyer, new MerchantId(63), "REVIEWAPI04");
        var created = mvc.perform(form(order.number().value(), "3", "3", "3", "一般")
                        .file(new MockMultipartFile("photos", "1.jpg", "image/jpeg", TestPhotos.photoWithGps()))
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var json = JsonMapper.builder().build().readTree(created);
        var id = json.get("id").asLong();
        var one = REVIEWS + "/" + id;

        mvc.perform(multipart(one + "/photos")
                        .file(new MockMultipartFile("photo", "2.png", "image/png", TestPhotos.photoWithGps()))
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.photos", hasSize(2)));
        mvc.perform(patch(one)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"asDescribed\":5,\"service\":4,\"shipping\":5,\"text\":\"用了一周，很满意\"}")
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("用了一周，很满意"))
                .andExpect(jsonPath("$.service").value(4))
                .andExpect(jsonPath("$.editedAt").isNotEmpty());
        mvc.perform(patch(one)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"asDescribed\":5,\"service\":5,\"shipping\":5,\"text\":\"别人的\"}")
                        .with(Buyer.as(SubjectId.random()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(delete(one).with(Buyer.as(SubjectId.random())).with(csrf())).andExpect(status().isNotFound());
        assertThat(photoRowsOf(id)).isEqualTo(2);

        mvc.perform(delete(one).with(Buyer.as(buyer)).with(csrf())).andExpect(status().isNoContent());
        var review = new ReviewId(id);
        assertThat(events.stream(ReviewEvents.ReviewEvent.class)
                        .filter(event -> event.review().equals(review)))
                .as("events carry ids only")
                .containsExactly(
                        new ReviewEvents.ReviewPublished(review, new MerchantId(63)),
                        new ReviewEvents.ReviewEdited(review, new MerchantId(63)),
                        new ReviewEvents.ReviewEdited(review, new MerchantId(63)),
                        new ReviewEvents.ReviewDeleted(review, new MerchantId(63)));

        assertThat(rows(buyer)).isZero();
        assertThat(photoRowsOf(id))
                .as("the photos' bytes are gone with the review")
                .isZero();
        for (var photo : json.get("photos")) {
            mvc.perform(get(photo.asString()).with(Buyer.as(buyer))).andExpect(status().isNotFound());
        }
        mvc.perform(delete(one).with(Buyer.as(buyer)).with(csrf())).andExpect(status().isNotFound());
        for (var bad : new String[] {"x", "0", "-1", "9".repeat(30)}) {
            mvc.perform(delete(REVIEWS + "/" + bad).with(Buyer.as(buyer)).with(csrf()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/media/reviews/" + UUID.randomUUID() + ".jpg")).andExpect(status().isNotFound());
    }

    @Test
    void anErasedBuyersReviewsGoWithTheirPhotos() {
        var buyer = fixtures.buyer();
        var order = fixtures.received(buyer, new MerchantId(64), "REVIEWAPI05");
        var review = reviews.write(
                buyer,
                new WriteReview(order.number().value(), new Ratings(4, 4, 4), "被注销的买家"),
                List.of(TestPhotos.photoWithGps()));
        assertThat(photoRowsOf(review.id().value())).isEqualTo(1);

        vault.shred(buyer);

        await().atMost(Duration.ofSeconds(20)).until(() -> rows(buyer) == 0);
        assertThat(photoRowsOf(review.id().value())).isZero();
    }

    @Test
    void everyReviewEndpointIsInTheOpenApiDocument() throws Exception {
        var paths = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(get("/v3/api-docs"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("paths");
        assertThat(paths.get(REVIEWS).propertyNames()).contains("get", "post");
        assertThat(paths.get(REVIEWS + "/{id}").propertyNames()).contains("patch", "delete");
        assertThat(paths.get(REVIEWS + "/{id}/photos").propertyNames()).contains("post");
    }

    private void refused(String json, SubjectId buyer, int status, String detail) throws Exception {
        mvc.perform(post(REVIEWS)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json)
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString(detail)));
    }

    private static MockMultipartHttpServletRequestBuilder form(
            String order, String asDescribed, String service, String shipping, String text) {
        var form = multipart(REVIEWS);
        form.param("order", order)
                .param("asDescribed", asDescribed)
                .param("service", service)
                .param("shipping", shipping)
                .param("text", text);
        return form;
    }

    private static String json(String order, int stars, String text) {
        return "{\"order\":\"" + order + "\",\"asDescribed\":" + stars + ",\"service\":5,\"shipping\":5,\"text\":\""
                + text + "\"}";
    }

    private long rows(SubjectId buyer) {
        return jdbc.sql("select count(*) from review.review where buyer = :buyer")
                .param("buyer", buyer.value())
                .query(Long.class)
                .single();
    }

    private long photoRows() {
        return jdbc.sql("select count(*) from review.review_photo p where not exists"
                        + " (select 1 from review.review r where r.id = p.review_id)")
                .query(Long.class)
                .single();
    }

    private long photoRowsOf(long review) {
        return jdbc.sql("select count(*) from review.review_photo where review_id = :review")
                .param("review", review)
                .query(Long.class)
                .single();
    }
}

package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.catalog.CaseMaterial;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingPhotos;
import io.escapement.party.MerchantId;
import io.escapement.testing.Staff;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Merchant staff add photos to their own listings only; the catalog keeps them without metadata,
 * buyers see them first, and photo search finds the listing by them (C-7).
 */
@SpringBootTest(properties = "escapement.test.context=photo-index-sync")
@AutoConfigureMockMvc
class MerchantPhotoUploadTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    ListingPhotos photos;

    @Autowired
    PhotoSearch search;

    @Autowired
    ListingPhotoSync sync;

    @Test
    void staffAddPhotosToTheirOwnListingsOnly() throws Exception {
        var ours = onSaleAfter(0);
        var theirs = listingOfAnotherMerchantThan(ours.merchantId());
        var photo = upload(PhotoEvaluationSet.jpeg(
                TestPhotos.watch(TestPhotos.BLACK_DIVER, CaseMaterial.STAINLESS_STEEL, 9), 0.9f));

        mvc.perform(multipart("/merchant/listings/{id}/photos", ours.id())
                        .file(photo)
                        .with(Staff.ofMerchant(ours.merchantId()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/merchant/listings/" + ours.id() + "?photoAdded"));
        assertThat(catalog.uploadedPhotos(ours.merchantId(), ours.id())).hasSize(1);
        mvc.perform(get("/merchant/listings/{id}", ours.id()).with(Staff.ofMerchant(ours.merchantId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"uploaded-photos\">1<")));

        mvc.perform(multipart("/merchant/listings/{id}/photos", theirs.id())
                        .file(photo)
                        .with(Staff.ofMerchant(ours.merchantId()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(catalog.uploadedPhotos(theirs.merchantId(), theirs.id())).isEmpty();
        assertThat(catalog.listing(theirs.id()).orElseThrow().photoCount()).isEqualTo(theirs.photoCount());

        var text = new MockMultipartFile("photo", "x.jpg", "image/jpeg", "hello".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/merchant/listings/{id}/photos", ours.id())
                        .file(text)
                        .with(Staff.ofMerchant(ours.merchantId()))
                        .with(csrf()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().string(containsString("不是 JPEG、PNG 或 WebP 照片")));
        mvc.perform(multipart("/merchant/listings/{id}/photos", ours.id())
                        .with(Staff.ofMerchant(ours.merchantId()))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/merchant/listings/{id}/photos", ours.id())
                        .file(upload(TestPhotos.pngClaiming(50_000, 50_000)))
                        .with(Staff.ofMerchant(ours.merchantId()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(catalog.uploadedPhotos(ours.merchantId(), ours.id())).hasSize(1);
        assertThat(catalog.listing(ours.id()).orElseThrow().photoCount()).isEqualTo(ours.photoCount() + 1);
    }

    @Test
    void buyersSeeAnUploadedPhotoFirstWithoutItsMetadataAndPhotoSearchFindsTheListing() throws Exception {
        sync.rebuild();
        var listing = onSaleAfter(60);
        var query = PhotoEvaluationSet.jpeg(
                TestPhotos.watch(TestPhotos.WHITE_DRESS_WATCH, CaseMaterial.YELLOW_GOLD, 3), 0.9f);
        var drawnFront = photos.jpeg(listing.id(), 0, ListingPhotos.Size.LARGE).orElseThrow();
        assertThat(search.similarTo(query, 3)).extracting(Listing::id).doesNotContain(listing.id());

        var withGps = TestPhotos.withGpsExif(query);
        assertThat(TestPhotos.ascii(withGps)).contains("Exif");
        mvc.perform(multipart("/merchant/listings/{id}/photos", listing.id())
                        .file(upload(withGps))
                        .with(Staff.ofMerchant(listing.merchantId()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/merchant/listings/" + listing.id() + "?photoAdded"));

        assertThat(catalog.listing(listing.id()).orElseThrow().photoCount()).isEqualTo(listing.photoCount() + 1);
        for (var size : new String[] {"large", "thumbnail"}) {
            var served = mvc.perform(get("/media/listings/{id}/0-{size}.jpg", listing.id(), size))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", containsString("max-age=600")))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(TestPhotos.markers(served)).doesNotContain(TestPhotos.APP1);
            assertThat(TestPhotos.ascii(served)).doesNotContain("Exif").doesNotContain("MM\0*");
            var pixels = ImageIO.read(new ByteArrayInputStream(served));
            assertThat(pixels.getWidth()).isEqualTo(size.equals("large") ? 1000 : 400);
            assertThat(pixels.getHeight()).isEqualTo(pixels.getWidth());
            assertThat(served).isNotEqualTo(drawnFront);
        }
        assertThat(photos.jpeg(listing.id(), 1, ListingPhotos.Size.LARGE))
                .as("the drawn photos follow the uploaded one")
                .hasValue(drawnFront);

        var page = mvc.perform(get("/watches/{id}", listing.id()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("/media/listings/" + listing.id() + "/0-large.jpg");
        assertThat(Pattern.compile("/media/listings/" + listing.id() + "/\\d+-thumbnail\\.jpg")
                        .matcher(page)
                        .results()
                        .count())
                .isEqualTo(listing.photoCount() + 1);

        mvc.perform(get("/api/v1/listings/{id}/photos", listing.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(listing.photoCount() + 1))
                .andExpect(jsonPath("$[0].largeUrl", endsWith("/media/listings/" + listing.id() + "/0-large.jpg")));

        await().atMost(Duration.ofSeconds(20)).until(() -> listing.id().equals(firstFound(query)));

        var photo = catalog.uploadedPhotos(listing.merchantId(), listing.id()).get(0);
        var other = listingOfAnotherMerchantThan(listing.merchantId()).merchantId();
        mvc.perform(post("/merchant/listings/{id}/photos/{photo}/delete", listing.id(), photo)
                        .with(Staff.ofMerchant(other))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/merchant/listings/{id}/photos/{photo}/delete", listing.id(), "../../etc")
                        .with(Staff.ofMerchant(listing.merchantId()))
                        .with(csrf()))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/merchant/listings/{id}/photos/{photo}/delete", listing.id(), photo)
                        .with(Staff.ofMerchant(listing.merchantId()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/merchant/listings/" + listing.id() + "?photoRemoved"));
        assertThat(catalog.listing(listing.id()).orElseThrow().photoCount()).isEqualTo(listing.photoCount());
        assertThat(photos.jpeg(listing.id(), 0, ListingPhotos.Size.LARGE)).hasValue(drawnFront);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> search.similarTo(query, 3).stream()
                        .noneMatch(found -> found.id().equals(listing.id())));
    }

    private @Nullable ListingId firstFound(byte[] query) {
        var found = search.similarTo(query, 1);
        return found.isEmpty() ? null : found.get(0).id();
    }

    private static MockMultipartFile upload(byte[] bytes) {
        return new MockMultipartFile("photo", "IMG_0001.JPG", "image/jpeg", bytes);
    }

    private Listing listingOfAnotherMerchantThan(MerchantId merchantId) {
        return catalog.listings(catalog.onSaleIdsAfter(new ListingId(0), 300)).stream()
                .filter(listing -> !listing.merchantId().equals(merchantId))
                .findFirst()
                .orElseThrow();
    }

    private Listing onSaleAfter(long after) {
        return catalog.listings(catalog.onSaleIdsAfter(new ListingId(after), 1)).get(0);
    }
}

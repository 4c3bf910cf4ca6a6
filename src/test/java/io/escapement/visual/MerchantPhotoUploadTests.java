package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.catalog.CaseMaterial;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Listing;
import io.escapement.testing.Staff;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Merchant staff add photos to their own listings only; what is stored carries no metadata
 * (the GPS case itself is proven byte by byte in {@link PhotoStoreTests}).
 */
@SpringBootTest(properties = "escapement.test.context=photo-index-sync")
@AutoConfigureMockMvc
class MerchantPhotoUploadTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    PhotoStore store;

    @Test
    void staffAddPhotosToTheirOwnListingsOnly() throws Exception {
        var ours = listing(0);
        var theirs = catalog.listings(catalog.onSaleIdsAfter(0, 300)).stream()
                .filter(listing -> listing.merchantId() != ours.merchantId())
                .findFirst()
                .orElseThrow();
        var photo = new MockMultipartFile(
                "photo",
                "IMG_0001.JPG",
                "image/jpeg",
                PhotoEvaluationSet.jpeg(
                        TestPhotos.watch(TestPhotos.BLACK_DIVER, CaseMaterial.STAINLESS_STEEL, 9), 0.9f));

        mvc.perform(multipart("/merchant/listings/{id}/photos", ours.id())
                        .file(photo)
                        .with(Staff.ofMerchant(ours.merchantId()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/merchant/listings/" + ours.id() + "?photoAdded"));
        assertThat(store.list("listing-" + ours.id())).hasSize(1);
        mvc.perform(get("/merchant/listings/{id}", ours.id()).with(Staff.ofMerchant(ours.merchantId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"uploaded-photos\">1<")));

        mvc.perform(multipart("/merchant/listings/{id}/photos", theirs.id())
                        .file(photo)
                        .with(Staff.ofMerchant(ours.merchantId()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(store.list("listing-" + theirs.id())).isEmpty();

        var text = new MockMultipartFile("photo", "x.jpg", "image/jpeg", "hello".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/merchant/listings/{id}/photos", ours.id())
                        .file(text)
                        .with(Staff.ofMerchant(ours.merchantId()))
                        .with(csrf()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().string(containsString("不是 JPEG、PNG 或 WebP 照片")));
        assertThat(store.list("listing-" + ours.id())).hasSize(1);
    }

    private Listing listing(long after) {
        return catalog.listings(catalog.onSaleIdsAfter(after, 1)).get(0);
    }
}

package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingPhotos;
import io.escapement.catalog.ListingStatus;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The photo search page and API: similar watches on sale for a photo, clear 4xx for anything else. */
@SpringBootTest
@AutoConfigureMockMvc
class PhotoSearchWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    ListingPhotos photos;

    @Autowired
    ListingPhotoSync sync;

    ListingId listingId;
    byte[] listingPhoto;

    @BeforeEach
    void indexed() {
        sync.rebuild();
        listingId = catalog.onSaleIdsAfter(new ListingId(0), 1).get(0);
        listingPhoto = photos.jpeg(listingId, 0, ListingPhotos.Size.LARGE).orElseThrow();
    }

    @Test
    void apiFindsTheListingFromItsOwnPhotoAndOnlyWatchesOnSale() throws Exception {
        mvc.perform(multipart("/api/v1/search/photo").file(photo("watch.jpg", "image/jpeg", listingPhoto)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results", hasSize(10)))
                .andExpect(jsonPath("$.results[0].id").value(listingId.value()))
                .andExpect(jsonPath("$.results[0].url").value("/watches/" + listingId))
                .andExpect(jsonPath("$.results[*].url", everyItem(startsWith("/watches/"))));
    }

    @Test
    void theTypeComesFromTheBytesNotTheNameOrDeclaredType() throws Exception {
        var png = TestPhotos.png(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(listingPhoto)));
        mvc.perform(multipart("/api/v1/search/photo")
                        .file(photo("notes.txt", "text/plain", png))
                        .param("limit", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results", hasSize(20)))
                .andExpect(jsonPath("$.results[0].id").value(listingId.value()));
        var text = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        apiRefuses(photo("watch.jpg", "image/jpeg", text), 415, "UNSUPPORTED_TYPE");
    }

    @Test
    void apiAnswersBadUploadsWithProblemDetails() throws Exception {
        var watch = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(listingPhoto));
        apiRefuses(photo("watch.gif", "image/gif", TestPhotos.gif(watch)), 415, "UNSUPPORTED_TYPE");
        apiRefuses(photo("bomb.png", "image/png", TestPhotos.pngClaiming(50_000, 50_000)), 422, "TOO_MANY_PIXELS");
        apiRefuses(
                photo("big.jpg", "image/jpeg", Arrays.copyOf(listingPhoto, PhotoDecoder.MAX_BYTES + 1)),
                413,
                "TOO_LARGE");
        apiRefuses(photo("cut.jpg", "image/jpeg", Arrays.copyOf(listingPhoto, 64)), 422, "UNREADABLE");
        apiRefuses(photo("empty.jpg", "image/jpeg", new byte[0]), 400, "EMPTY");
        mvc.perform(multipart("/api/v1/search/photo")
                        .file(photo("watch.jpg", "image/jpeg", listingPhoto))
                        .param("limit", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void pageShowsSimilarWatchesAsCards() throws Exception {
        mvc.perform(get("/photo-search"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"photo-search-form\"")));
        var html = mvc.perform(multipart("/photo-search")
                        .file(photo("watch.jpg", "image/jpeg", listingPhoto))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"photo-results\"").contains("href=\"/watches/" + listingId + "\"");
        assertThat(catalog.listing(listingId).orElseThrow().status()).isEqualTo(ListingStatus.ON_SALE);
    }

    @Test
    void saysInBothLanguagesWhenThePhotoShowsNoWatch() throws Exception {
        var screenshot = photo("screenshot.jpg", "image/jpeg", NonWatchPhotos.jpeg(NonWatchPhotos.Kind.TEXT, 0));
        mvc.perform(multipart("/api/v1/search/photo").file(screenshot))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.watchRecognised").value(false))
                .andExpect(jsonPath("$.results", hasSize(0)))
                .andExpect(jsonPath("$.message", containsString("没有识别出手表")));
        mvc.perform(multipart("/api/v1/search/photo").file(screenshot).param("lang", "en"))
                .andExpect(jsonPath("$.message", containsString("could not recognise a watch")));
        mvc.perform(multipart("/photo-search").file(screenshot).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"photo-no-watch\"")))
                .andExpect(content().string(containsString("请上传一张更清晰的手表照片")))
                .andExpect(content().string(not(containsString("id=\"photo-results\""))));
    }

    @Test
    void saysTheIndexIsCompleteOnceBuilt() throws Exception {
        mvc.perform(get("/api/v1/search/photo/index"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.percent").value(100));
        mvc.perform(multipart("/api/v1/search/photo").file(photo("watch.jpg", "image/jpeg", listingPhoto)))
                .andExpect(jsonPath("$.watchRecognised").value(true))
                .andExpect(jsonPath("$.index.complete").value(true));
        mvc.perform(get("/photo-search")).andExpect(content().string(not(containsString("id=\"photo-indexing\""))));
    }

    @Test
    void pageExplainsRefusalsWithA4xx() throws Exception {
        mvc.perform(multipart("/photo-search")
                        .file(photo("watch.jpg", "image/jpeg", "hello".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().string(containsString("不是 JPEG、PNG 或 WebP 照片")))
                .andExpect(content().string(not(containsString("id=\"photo-results\""))));
        mvc.perform(multipart("/photo-search")
                        .file(photo("bomb.png", "image/png", TestPhotos.pngClaiming(50_000, 50_000)))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("照片像素过多")));
        mvc.perform(multipart("/photo-search").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择要上传的照片")));
    }

    private void apiRefuses(MockMultipartFile file, int status, String reason) throws Exception {
        mvc.perform(multipart("/api/v1/search/photo").file(file))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value(reason))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    private static MockMultipartFile photo(String name, String type, byte[] bytes) {
        return new MockMultipartFile("photo", name, type, bytes);
    }
}

package io.escapement.visual;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingPhotos;
import io.escapement.testing.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A buyer finds watches from a photo in real Chromium over HTTPS: the header link, the upload,
 * the similar watches, and a clear message for a file that is not a photo.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "escapement.tls.enabled=true",
            "escapement.tls.http-port=-1",
            "escapement.tls.dir=target/journey-tests/tls"
        })
class PhotoSearchJourneyTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    ListingPhotos photos;

    @Autowired
    ListingPhotoSync sync;

    BrowserContext context;

    @BeforeAll
    static void launchChromium() {
        browser = Chromium.browser();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void uploadsAPhotoAndSeesSimilarWatches() {
        sync.rebuild();
        var id = catalog.onSaleIdsAfter(new ListingId(0), 1).get(0);
        var jpeg = photos.jpeg(id, 0, ListingPhotos.Size.LARGE).orElseThrow();
        context = browser.newContext(new Browser.NewContextOptions()
                .setIgnoreHTTPSErrors(true)
                .setLocale("zh-CN")
                .setBaseURL("https://localhost:" + port));
        Page page = context.newPage();

        page.navigate("/");
        page.locator("#photo-search-link").click();
        page.locator("#photo").setInputFiles(new FilePayload("IMG_2001.jpg", "image/jpeg", jpeg));
        page.locator("#photo-search-submit").click();
        PlaywrightAssertions.assertThat(page.locator("#photo-results .card").first())
                .isVisible();
        PlaywrightAssertions.assertThat(
                        page.locator("#photo-results .card-link").first())
                .hasAttribute("href", "/watches/" + id);

        page.locator("#photo").setInputFiles(new FilePayload("notes.jpg", "image/jpeg", new byte[] {'h', 'i'}));
        page.locator("#photo-search-submit").click();
        PlaywrightAssertions.assertThat(page.locator("#photo-problem")).containsText("JPEG");
        PlaywrightAssertions.assertThat(page.locator("#photo-results")).hasCount(0);
    }
}

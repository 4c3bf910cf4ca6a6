package io.escapement.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.escapement.account.AccountContact;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.address.AddressBook;
import io.escapement.address.EnterAddress;
import io.escapement.order.OrderFixtures;
import io.escapement.privacy.PhoneNumber;
import io.escapement.testing.BrowserSignIn;
import io.escapement.testing.Chromium;
import io.escapement.vault.PersonalDataVault;
import io.escapement.visual.TestPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 晒单 in real Chromium: a buyer signs in with an SMS code, reviews a received order from the account
 * with a photo that carries a GPS position, and finds the review, masked and with the photo cleaned,
 * on the merchant's public page with the merchant's rating. Skips loudly without Chromium outside
 * CI; in CI a missing Chromium fails the build.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "escapement.demo.listings=0",
            "escapement.tls.enabled=true",
            "escapement.tls.http-port=-1",
            "escapement.tls.dir=target/journey-tests/tls"
        })
@Import(ReviewFixtures.class)
class ReviewJourneyTests {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String PHONE = "13966665555";

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    AddressBook addresses;

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchChromium() {
        browser = Chromium.browser();
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setIgnoreHTTPSErrors(true)
                .setLocale("zh-CN")
                .setViewportSize(1366, 900)
                .setBaseURL("https://localhost:" + port));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void theBuyerReviewsAReceivedWatchWithAPhotoAndItShowsOnTheMerchantsPage() throws Exception {
        page.navigate("/signin");
        BrowserSignIn.withCode(page, outbox, PHONE, true);
        var buyer = vault.lookup(AccountContact.class, "phone", PhoneNumber.parse(PHONE))
                .get(0);
        addresses.add(
                buyer,
                new EnterAddress(
                        OrderFixtures.RECIPIENT, PHONE, "440000", "440300", "440305", OrderFixtures.DETAIL, null));
        var merchant = fixtures.merchant();
        var order = fixtures.received(buyer, merchant, "REVIEWJOURNEY1");

        page.navigate("/account");
        PlaywrightAssertions.assertThat(page.locator("#hub-reviews")).isVisible();
        page.locator("#hub-reviews").click();
        page.waitForURL("**/account/reviews");
        var form = page.locator("form.review-form[data-order='" + order.number().value() + "']");
        PlaywrightAssertions.assertThat(form).isVisible();
        form.locator("select[name=service]").selectOption("4");
        form.locator("textarea[name=text]").fill("表况和描述一致，包装很用心");
        var photo = Files.createTempFile("review", ".jpg");
        Files.write(photo, TestPhotos.photoWithGps());
        form.locator("input[type=file]").setInputFiles(photo);
        screenshot("review-1-form");
        form.locator("button[type=submit]").click();
        page.waitForURL("**/account/reviews");
        PlaywrightAssertions.assertThat(page.locator("#reviews-done")).containsText("评价已发布");
        var mine = page.locator("#my-reviews .review");
        PlaywrightAssertions.assertThat(mine).hasCount(1);
        PlaywrightAssertions.assertThat(mine.first()).containsText("表况和描述一致");
        PlaywrightAssertions.assertThat(mine.first().locator(".review-photos img"))
                .hasCount(1);
        screenshot("review-2-account");

        page.navigate("/merchants/" + merchant.value());
        var shown = page.locator("#reviews .review");
        PlaywrightAssertions.assertThat(shown).hasCount(1);
        PlaywrightAssertions.assertThat(shown.first().locator(".reviewer")).hasText("匿名买家");
        PlaywrightAssertions.assertThat(page.locator("#merchant-rating .rating-average"))
                .hasText("4.7");
        PlaywrightAssertions.assertThat(page.locator("#merchant-rating")).containsText("1 条评价");
        var src = shown.first().locator(".review-photos img").getAttribute("src");
        var served = page.request().get(src).body();
        assertThat(TestPhotos.ascii(served)).doesNotContain("Exif");
        assertThat(page.locator("main").innerText()).doesNotContain(PHONE, OrderFixtures.RECIPIENT);
        screenshot("review-3-merchant-page");
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}

package io.escapement.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.testing.BrowserSignIn;
import io.escapement.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A buyer's first visit, in real Chromium over HTTPS: home, filter by brand, open a listing, see
 * its attributes and photos, switch to English. Skips loudly without Chromium outside CI; in CI
 * a missing Chromium fails the build.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "escapement.tls.enabled=true",
            "escapement.tls.http-port=-1",
            "escapement.tls.dir=target/journey-tests/tls"
        })
class StorefrontJourneyTests {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    DevelopmentSmsOutbox outbox;

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
    void browsesFiltersOpensAListingAndSwitchesLanguage() throws Exception {
        page.navigate("/");
        PlaywrightAssertions.assertThat(page).hasTitle(java.util.regex.Pattern.compile("Escapement"));
        PlaywrightAssertions.assertThat(page.locator("#new-arrivals .card").first())
                .isVisible();
        screenshot("home-desktop");

        page.locator(".main-nav a[href='/watches']").click();
        page.waitForResponse(
                response -> response.url().contains("brand=omega"),
                () -> page.locator("#filters input[name=brand][value=omega]").check());
        var cards = page.locator("#results .card");
        var otherBrands = page.locator("#results .card-brand").filter(new Locator.FilterOptions().setHasNotText("欧米茄"));
        PlaywrightAssertions.assertThat(otherBrands).hasCount(0);
        PlaywrightAssertions.assertThat(cards.first()).isVisible();
        assertThat(page.url()).contains("brand=omega");
        screenshot("grid-omega-desktop");

        cards.first().locator("a").click();
        page.waitForURL("**/watches/*");
        var attributes = page.locator("#attributes");
        PlaywrightAssertions.assertThat(attributes).containsText("型号");
        PlaywrightAssertions.assertThat(attributes).containsText("机芯型号");
        PlaywrightAssertions.assertThat(page.locator("#serial"))
                .hasText(java.util.regex.Pattern.compile("\\*{4}[A-Z0-9]{4}"));
        var photo = page.locator("#main-photo");
        PlaywrightAssertions.assertThat(photo).isVisible();
        page.waitForFunction("() => document.getElementById('main-photo').naturalWidth > 0");
        assertThat(page.locator(".gallery-thumbs img").count()).isGreaterThanOrEqualTo(3);
        page.locator(".gallery-thumbs a").nth(1).click();
        PlaywrightAssertions.assertThat(photo).hasAttribute("src", java.util.regex.Pattern.compile("/1-large\\.jpg$"));
        screenshot("listing-desktop");

        page.locator("#language-switch").click();
        page.waitForURL("**lang=en*");
        PlaywrightAssertions.assertThat(attributes).containsText("Reference");
        PlaywrightAssertions.assertThat(attributes).containsText("Calibre");
        PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");
        screenshot("listing-english-desktop");
    }

    /** C-8: a buyer switches personalisation off on the privacy page and the recommendations stop. */
    @Test
    void switchingPersonalisationOffStopsRecommendations() throws Exception {
        page.navigate("/");
        page.locator("#cookie-save").click();
        var phone = "135" + String.format("%08d", (int) (Math.random() * 100_000_000));
        page.navigate("/signin");
        BrowserSignIn.withCode(page, outbox, phone, true);
        page.waitForURL("**/account/privacy");

        page.navigate("/watches?brand=omega");
        page.locator("#results .card a").first().click();
        page.locator("#add-to-cart").click();
        page.waitForURL("**/cart");

        var personalisation = page.locator("tr[data-purpose=PERSONALISATION]");
        page.navigate("/account/privacy");
        personalisation.locator("button.toggle").click();
        PlaywrightAssertions.assertThat(personalisation.locator(".state")).hasText("已开启");
        page.navigate("/");
        PlaywrightAssertions.assertThat(page.locator("#for-you .card").first()).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#for-you .card-brand").first())
                .hasText("欧米茄");
        screenshot("home-for-you");

        page.navigate("/account/privacy");
        personalisation.locator("button.toggle").click();
        PlaywrightAssertions.assertThat(personalisation.locator(".state")).hasText("已关闭");
        screenshot("privacy-settings");
        page.navigate("/");
        PlaywrightAssertions.assertThat(page.locator("#new-arrivals")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#for-you")).hasCount(0);
    }

    @Test
    void looksTidyOnAPhone() throws Exception {
        page.setViewportSize(390, 844);
        page.navigate("/watches?lang=en");
        PlaywrightAssertions.assertThat(page.locator("#results .card").first()).isVisible();
        var width = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("no horizontal scrolling").isLessThanOrEqualTo(390);
        screenshot("grid-phone");
        PlaywrightAssertions.assertThat(page.locator("#filters")).isHidden();
        page.locator(".filters-button").click();
        PlaywrightAssertions.assertThat(page.locator("#filters")).isVisible();
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}

package io.escapement.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import io.escapement.account.Codes;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Condition;
import io.escapement.catalog.ListWatch;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingStatus;
import io.escapement.catalog.SerialNumber;
import io.escapement.party.MerchantId;
import io.escapement.testing.Chromium;
import io.escapement.visual.PhotoEvaluationSet;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A buyer searches in real Chromium: types 绿水 and is offered 绿水鬼, searches it, narrows by
 * price and opens a result; a signed-in buyer is offered their own searches again, marked with a
 * clock, and Chinese names for their pinyin initials. Skips loudly without Chromium outside CI.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "escapement.tls.enabled=true",
            "escapement.tls.http-port=-1",
            "escapement.tls.dir=target/journey-tests/tls"
        })
class SearchJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Test
    void searchesANicknameFiltersByPriceAndOpensAResult() throws Exception {
        var starbucks = catalog.referenceByNumber("126610LV").orElseThrow();
        catalog.list(List.of(new ListWatch(
                starbucks.id(),
                new MerchantId(1),
                new SerialNumber("JOURNEY1"),
                2022,
                Condition.MINT,
                BoxAndPapers.FULL_SET,
                io.escapement.money.Money.yuan(99_000),
                "上海",
                ListingStatus.ON_SALE,
                3,
                11,
                "",
                "",
                false)));
        Browser browser = Chromium.browser();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setIgnoreHTTPSErrors(true)
                .setLocale("zh-CN")
                .setViewportSize(1366, 900)
                .setBaseURL("https://localhost:" + port))) {
            Page page = context.newPage();
            page.navigate("/");
            var input = page.locator("#search-input");
            page.waitForResponse(
                    response -> response.url().contains("/api/v1/search/suggest"), () -> input.pressSequentially("绿水"));
            PlaywrightAssertions.assertThat(page.locator("#search-suggestions [role=option][data-value='绿水鬼']"))
                    .hasCount(1);
            input.fill("绿水鬼");
            input.press("Enter");
            page.waitForURL("**/watches?q=*");
            var cards = page.locator("#results .card");
            PlaywrightAssertions.assertThat(cards.first()).isVisible();
            for (var reference : cards.locator(".card-ref > span:first-child").allTextContents()) {
                assertThat(reference).isIn("126610LV", "116610LV");
            }
            page.waitForResponse(
                    response -> response.url().contains("priceBand=FROM_50K_TO_100K"),
                    () -> page.locator("#filters input[name=priceBand][value=FROM_50K_TO_100K]")
                            .check());
            page.waitForURL("**priceBand=FROM_50K_TO_100K*");
            assertThat(page.url()).contains("q=");
            PlaywrightAssertions.assertThat(page.locator("#results .card-price").first())
                    .hasText(Pattern.compile("¥(5\\d|6\\d|7\\d|8\\d|9\\d),\\d{3}"));
            // the filters are swapped with the results, so their counts are those of the filtered matches
            int conditionCounts =
                    page.locator("#filters input[name=condition] ~ .facet-count").allTextContents().stream()
                            .mapToInt(count -> Integer.parseInt(count.replaceAll("\\D", "")))
                            .sum();
            assertThat(conditionCounts).isEqualTo(cards.count());
            PlaywrightAssertions.assertThat(page.locator("#filters input[name=priceBand][value=FROM_50K_TO_100K]"))
                    .isChecked();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "search-绿水鬼.png")));
            cards.first().locator("a").click();
            page.waitForURL("**/watches/*");
            PlaywrightAssertions.assertThat(page.locator("#attributes")).containsText(Pattern.compile("1[12]6610LV"));

            // then the buyer photographs such a watch and searches by photo
            var opened = catalog.listing(
                            new ListingId(Long.parseLong(page.url().replaceAll(".*/watches/(\\d+).*", "$1"))))
                    .orElseThrow();
            page.locator("#photo-search-link").click();
            page.locator("#photo")
                    .setInputFiles(new FilePayload("IMG_0427.jpg", "image/jpeg", PhotoEvaluationSet.query(opened, 0)));
            page.locator("#photo-search-submit").click();
            var similar = page.locator("#photo-results .card");
            PlaywrightAssertions.assertThat(similar.first()).isVisible();
            assertThat(similar.locator(".card-ref > span:first-child").allTextContents())
                    .contains(opened.reference().referenceNumber());
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "search-photo.png")));
        }
    }

    @Test
    void showsAPriceSaidInWordsAsAChipThatRemovesIt() {
        Browser browser = Chromium.browser();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setIgnoreHTTPSErrors(true)
                .setLocale("zh-CN")
                .setViewportSize(1366, 900)
                .setBaseURL("https://localhost:" + port))) {
            Page page = context.newPage();
            page.navigate("/");
            var input = page.locator("#search-input");
            input.fill("劳力士10万以下");
            input.press("Enter");
            page.waitForURL("**/watches?q=*");
            var chip = page.locator("#results .understood .chip");
            PlaywrightAssertions.assertThat(chip).hasCount(1);
            PlaywrightAssertions.assertThat(chip).containsText("10万以下");
            PlaywrightAssertions.assertThat(chip).containsText("不超过 ¥100,000");
            var prices = page.locator("#results .card-price").allTextContents();
            assertThat(prices)
                    .isNotEmpty()
                    .allSatisfy(price -> assertThat(Long.parseLong(price.replaceAll("\\D", "")))
                            .isLessThanOrEqualTo(100_000));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "search-chips.png")));

            chip.click();
            page.waitForURL(url -> !url.contains("%E4%B8%87"));
            PlaywrightAssertions.assertThat(page.locator("#results .understood .chip"))
                    .hasCount(0);
            PlaywrightAssertions.assertThat(page.locator("#results .card").first())
                    .isVisible();
            assertThat(page.url()).contains("q=%E5%8A%B3%E5%8A%9B%E5%A3%AB");
        }
    }

    @Test
    void offersASignedInBuyerTheirOwnSearchesMarkedAndPinyinInitials() {
        Browser browser = Chromium.browser();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setIgnoreHTTPSErrors(true)
                .setLocale("zh-CN")
                .setBaseURL("https://localhost:" + port))) {
            Page page = context.newPage();
            Codes.signIn(page, outbox, "136" + String.format("%08d", (int) (Math.random() * 100_000_000)));

            var input = page.locator("#search-input");
            input.fill("绿水鬼 全套 2022");
            input.press("Enter");
            page.waitForURL("**/watches?q=*");

            page.navigate("/");
            page.waitForResponse(response -> response.url().contains("/api/v1/search/suggest"), input::focus);
            var mine = page.locator("#search-suggestions [role=option][data-source=HISTORY]");
            PlaywrightAssertions.assertThat(mine).hasCount(1);
            PlaywrightAssertions.assertThat(mine.locator(".suggestion-text")).hasText("绿水鬼 全套 2022");
            PlaywrightAssertions.assertThat(mine.locator(".suggestion-source")).hasText("搜过");
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "suggest-history.png")));

            page.waitForResponse(response -> response.url().contains("q=lsg"), () -> input.pressSequentially("lsg"));
            PlaywrightAssertions.assertThat(page.locator("#search-suggestions [role=option][data-source=CATALOG]")
                            .first())
                    .hasAttribute("data-value", "绿水鬼");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "suggest-lsg.png")));

            input.press("ArrowDown");
            input.press("Enter");
            page.waitForURL("**/watches?q=*");
            PlaywrightAssertions.assertThat(page.locator("#search-input")).hasValue("绿水鬼");
        }
    }
}

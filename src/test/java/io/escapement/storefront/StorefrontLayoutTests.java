package io.escapement.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.escapement.account.AccountPhones;
import io.escapement.account.Codes;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.address.AddressBook;
import io.escapement.address.EnterAddress;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Listing;
import io.escapement.order.BuyerOrders;
import io.escapement.order.Checkout;
import io.escapement.privacy.PhoneNumber;
import io.escapement.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The storefront's layout in real Chromium at a phone's 390 px, a tablet's 768 px and a laptop's
 * 1280 px: on every page nothing overflows horizontally, no header label breaks onto a second
 * line, and on a phone the search box keeps clear of the screen's edges and the header's links are
 * big enough to tap. Pages are seen in Chinese as a new user sees them, a few in English too (its
 * labels are longer). Each page is photographed into {@code target/layout/<page>-<width>.png}.
 * Skips loudly without Chromium outside CI.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "escapement.tls.enabled=true",
            "escapement.tls.http-port=-1",
            "escapement.tls.dir=target/journey-tests/tls"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorefrontLayoutTests {

    static final Path SCREENSHOTS = Path.of("target", "layout");

    static final int PHONE = 390;

    static final Map<Integer, Integer> HEIGHTS = Map.of(390, 844, 768, 1024, 1280, 800);

    /** The smallest comfortable tap target on a phone, in CSS pixels. */
    static final int TAP = 44;

    @LocalServerPort
    int port;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    AccountPhones phones;

    @Autowired
    AddressBook addresses;

    @Autowired
    Checkout checkout;

    @Autowired
    Catalog catalog;

    @Autowired
    BuyerOrders orders;

    BrowserContext guest;
    BrowserContext buyer;
    BrowserContext english;

    /** One page per visitor, kept open across the widths. */
    final Map<BrowserContext, Page> pages = new java.util.HashMap<>();

    Listing shown;
    Listing toCheckOut;

    @BeforeAll
    void prepareAGuestAndABuyerWithAnAddressAndAnOrder() {
        var browser = Chromium.browser();
        var watches = catalog.newArrivals(50).stream()
                .filter(Listing::buyable)
                .limit(3)
                .toList();
        shown = watches.get(0);
        toCheckOut = watches.get(1);

        guest = context(browser);
        var page = guest.newPage();
        page.navigate("/");
        page.locator("#cookie-save").click();
        page.navigate("/watches/" + shown.id().value());
        page.locator("#add-to-cart").click();
        page.waitForURL("**/cart");
        page.close();

        buyer = context(browser);
        page = buyer.newPage();
        var phone = "137" + String.format("%08d", (int) (Math.random() * 100_000_000));
        Codes.signIn(page, outbox, phone);
        var subject = phones.owner(PhoneNumber.parse(phone)).orElseThrow();
        var address = addresses.add(
                subject, new EnterAddress("欧阳娜娜", "13912345678", "440000", "440300", "440305", "科技园南路88号3栋1201", null));
        addresses.add(subject, new EnterAddress("李雷", "13812345678", "310000", "310100", "310104", "漕溪北路1200号", null));
        // an order to list, cancelled at once so that the watch is on sale again for other tests
        var order = checkout.place(subject, watches.get(2).id(), address);
        orders.cancel(subject, order.number());
        page.close();

        english = context(browser);
        page = english.newPage();
        page.navigate("/?lang=en");
        page.locator("#cookie-save").click();
        page.close();
        for (var visitor : List.of(guest, buyer, english)) {
            pages.put(visitor, visitor.newPage());
        }
    }

    @AfterAll
    void closeContexts() {
        if (guest != null) {
            guest.close();
        }
        if (buyer != null) {
            buyer.close();
        }
        if (english != null) {
            english.close();
        }
    }

    Stream<Arguments> pagesAtEveryWidth() {
        return Stream.of(390, 768, 1280).flatMap(width -> pages().map(page -> Arguments.of(page, width)));
    }

    Stream<String> pages() {
        return Stream.of(
                "home /",
                "watches /watches",
                "listing /watches/" + shown.id().value(),
                "merchant /merchants/" + shown.merchantId().value(),
                "cart /cart",
                "signin /signin",
                "account /account",
                "orders /account/orders",
                "addresses /account/addresses",
                "checkout /account/checkout?listing=" + toCheckOut.id().value(),
                "privacy /privacy",
                "home-en /",
                "listing-en /watches/" + shown.id().value(),
                "signin-en /signin");
    }

    /** Who opens the page: the buyer for the account's pages, a visitor in English for those named so. */
    private Page visitor(String name, String path) {
        if (name.endsWith("-en")) {
            return pages.get(english);
        }
        return pages.get(path.startsWith("/account") ? buyer : guest);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAtEveryWidth")
    void fitsTheScreenWithHeaderLabelsOnOneLine(String pageAndPath, int width) throws Exception {
        var name = pageAndPath.substring(0, pageAndPath.indexOf(' '));
        var path = pageAndPath.substring(name.length() + 1);
        var page = visitor(name, path);
        page.setViewportSize(width, HEIGHTS.get(width));
        var response = page.navigate(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        screenshot(page, name + "-" + width);

        @SuppressWarnings("unchecked")
        var layout = (Map<String, Object>) page.evaluate(LAYOUT);
        assertThat(number(layout, "scrollWidth"))
                .as(() -> "%s at %d px scrolls sideways; sticking out: %s"
                        .formatted(path, width, page.evaluate(STICKING_OUT)))
                .isLessThanOrEqualTo(number(layout, "innerWidth"));
        @SuppressWarnings("unchecked")
        var labels = (List<Map<String, Object>>) layout.get("labels");
        assertThat(labels).hasSizeGreaterThanOrEqualTo(7);
        for (var label : labels) {
            assertThat(number(label, "height"))
                    .as("header label «%s» at %d px is one line high", label.get("text"), width)
                    .isLessThanOrEqualTo(1.5 * number(label, "lineHeight"));
        }
        if (width == PHONE) {
            @SuppressWarnings("unchecked")
            var search = (Map<String, Object>) layout.get("search");
            assertThat(number(search, "left"))
                    .as("search box's margin from the left edge")
                    .isGreaterThanOrEqualTo(8);
            assertThat(width - number(search, "right"))
                    .as("search box's margin from the right edge")
                    .isGreaterThanOrEqualTo(8);
            @SuppressWarnings("unchecked")
            var targets = (Map<String, Object>) layout.get("targets");
            assertThat(targets).hasSizeGreaterThanOrEqualTo(8);
            targets.forEach((target, height) -> assertThat(((Number) height).doubleValue())
                    .as("tap target «%s» is at least %d px high", target, TAP)
                    .isGreaterThanOrEqualTo(TAP));
        }
    }

    @Test
    void fitsTheCookieNoticeOfAFirstVisitOnAPhone() throws Exception {
        try (var firstVisit = context(Chromium.browser())) {
            var page = firstVisit.newPage();
            page.setViewportSize(PHONE, HEIGHTS.get(PHONE));
            page.navigate("/");
            var notice = page.locator("#cookie-notice");
            PlaywrightAssertions.assertThat(notice).isInViewport();
            assertThat(number(page, "document.documentElement.scrollWidth")).isLessThanOrEqualTo(PHONE);
            var save = page.locator("#cookie-save").boundingBox();
            assertThat(save.x + save.width).isLessThanOrEqualTo(PHONE - 8);
            assertThat(save.height).isGreaterThanOrEqualTo(TAP);
            screenshot(page, "home-first-visit-" + PHONE);
        }
    }

    @Test
    void opensTheFiltersInABottomSheetOnAPhone() throws Exception {
        var page = guest.newPage();
        try {
            page.setViewportSize(PHONE, HEIGHTS.get(PHONE));
            page.navigate("/watches");
            var filters = page.locator("#filters");
            PlaywrightAssertions.assertThat(filters).isHidden();
            page.locator(".filters-button").click();
            PlaywrightAssertions.assertThat(filters).isVisible();
            var sheet = page.locator("#filters-sheet").boundingBox();
            assertThat(sheet.y + sheet.height)
                    .as("the sheet sits on the bottom edge")
                    .isCloseTo(844, within(1));
            assertThat(sheet.width).as("the sheet spans the screen").isCloseTo(PHONE, within(1));
            assertThat(number(page, "document.documentElement.scrollWidth")).isLessThanOrEqualTo(PHONE);
            screenshot(page, "watches-filters-" + PHONE);

            page.waitForResponse(
                    response -> response.url().contains("brand=omega"),
                    () -> page.locator("#filters input[name=brand][value=omega]")
                            .check());
            PlaywrightAssertions.assertThat(filters).isVisible();
            page.locator("#filters-done").click();
            PlaywrightAssertions.assertThat(filters).isHidden();
            PlaywrightAssertions.assertThat(page.locator("#results .card-brand").first())
                    .hasText("欧米茄");
        } finally {
            page.close();
        }
    }

    @Test
    void keepsThePriceAndBothButtonsInABarAtTheBottomOfAPhone() throws Exception {
        var page = guest.newPage();
        try {
            page.setViewportSize(PHONE, HEIGHTS.get(PHONE));
            page.navigate("/watches/" + toCheckOut.id().value());
            page.mouse().wheel(0, 1500);
            var bar = page.locator("#buy-bar");
            PlaywrightAssertions.assertThat(bar).isInViewport();
            var box = bar.boundingBox();
            assertThat(box.y + box.height).as("the bar sits on the bottom edge").isCloseTo(844, within(1));
            PlaywrightAssertions.assertThat(bar.locator(".buy-bar-price"))
                    .hasText(toCheckOut.price().formatted());
            for (var button : List.of(bar.locator("#add-to-cart"), bar.locator("#buy-now"))) {
                PlaywrightAssertions.assertThat(button).isInViewport();
                assertThat(button.boundingBox().height).isGreaterThanOrEqualTo(TAP);
            }
            screenshot(page, "listing-scrolled-" + PHONE);
        } finally {
            page.close();
        }
    }

    private static org.assertj.core.data.Offset<Double> within(double pixels) {
        return org.assertj.core.data.Offset.offset(pixels);
    }

    /**
     * The page's layout in one call: its scroll width and the screen's; for each visible label in
     * the header (navigation, account and language links, the logo's name) the height of the union
     * of its text's line boxes and its line height, so that a label that wraps shows as two line
     * heights high; the search box's left and right edges; the header's visible links, buttons and
     * fields by their text or name, with their heights.
     */
    static final String LAYOUT = """
            () => {
                const header = document.querySelector('.site-header');
                const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
                const labels = [...header.querySelectorAll('.main-nav a, .account-link, .lang-switch, .logo span')]
                    .filter(shown)
                    .map(el => {
                        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                        let top = Infinity, bottom = -Infinity;
                        while (walker.nextNode()) {
                            if (!walker.currentNode.textContent.trim()) continue;
                            const range = document.createRange();
                            range.selectNodeContents(walker.currentNode);
                            for (const rect of range.getClientRects()) {
                                if (rect.width === 0 || rect.height === 0) continue;
                                top = Math.min(top, rect.top);
                                bottom = Math.max(bottom, rect.bottom);
                            }
                        }
                        const style = getComputedStyle(el);
                        const lineHeight = style.lineHeight === 'normal'
                            ? parseFloat(style.fontSize) * 1.3 : parseFloat(style.lineHeight);
                        return {text: el.textContent.trim(), height: bottom > top ? bottom - top : 0, lineHeight};
                    });
                const search = header.querySelector('.search-box').getBoundingClientRect();
                const targets = Object.fromEntries([...header.querySelectorAll('a, button, input:not([type=hidden])')]
                    .filter(shown)
                    .map(el => [el.textContent.trim() || el.getAttribute('aria-label') || el.name,
                        el.getBoundingClientRect().height]));
                return {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
                    labels, search: {left: search.left, right: search.right}, targets};
            }
            """;

    /**
     * Up to five elements whose right edge lies beyond the screen's and that no scrolling box
     * holds, described by tag, id and class.
     */
    static final String STICKING_OUT = """
            () => [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > window.innerWidth + 0.5)
                .filter(el => {
                    for (let up = el.parentElement; up; up = up.parentElement) {
                        if (getComputedStyle(up).overflowX !== 'visible') return false;
                    }
                    return true;
                })
                .slice(-5)
                .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.classList.length ? '.' + [...el.classList].join('.') : '')
                    + ' ' + Math.round(el.getBoundingClientRect().right))
                .join(', ')
            """;

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    private static double number(Page page, String expression) {
        return ((Number) page.evaluate("() => " + expression)).doubleValue();
    }

    private BrowserContext context(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions()
                .setIgnoreHTTPSErrors(true)
                .setLocale("zh-CN")
                .setViewportSize(1280, 800)
                .setBaseURL("https://localhost:" + port));
    }

    private static void screenshot(Page page, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}

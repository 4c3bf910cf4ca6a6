package io.escapement.shipping;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.escapement.account.AccountPhones;
import io.escapement.account.Codes;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.address.AddressBook;
import io.escapement.address.AddressId;
import io.escapement.catalog.Catalog;
import io.escapement.merchant.MerchantDirectory;
import io.escapement.merchant.MerchantFixtures;
import io.escapement.money.Money;
import io.escapement.order.Checkout;
import io.escapement.order.Order;
import io.escapement.order.OrderFixtures;
import io.escapement.party.MerchantId;
import io.escapement.payment.Statements;
import io.escapement.payment.sandbox.SandboxPurchases;
import io.escapement.privacy.PhoneNumber;
import io.escapement.staff.StaffDirectory;
import io.escapement.testing.BrowserSignIn;
import io.escapement.testing.Chromium;
import io.escapement.testing.JourneyBrowser;
import io.escapement.vault.SubjectId;
import io.escapement.visual.TestPhotos;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14's delivery journey in real Chromium, each step checked on what the person sees: a
 * signed-in buyer has paid for a watch (set up through the services and the sandbox provider); the
 * merchant's staff sign in to the portal, book the pickup, see the waybill number and print the
 * privacy waybill, whose text holds the recipient and phone masked and not the full name, phone or
 * detail line (P-9); the sandbox carrier, on a clock of half a second a step, pushes its signed
 * route events to the webhook over this server's plain HTTP port, and the buyer's order page shows
 * them up to delivered, as the merchant's does; the buyer confirms receipt, reviews the watch from
 * the order page with a photo carrying a GPS position and finds the review under the account hub's
 * reviews, and the merchant's public page shows the review with its photo, bare of EXIF, the
 * reviewer masked and the rating (U-4, C-7). A second order of the same buyer, shipped from the
 * portal and delivered by the sandbox, is returned from its order page within the return window
 * with a reason, the declaration and a photo, and listed under the buyer's after-sales orders; the
 * merchant accepts in the portal, the buyer books the return pickup, the sandbox delivers the
 * return parcel and the case arrives, the merchant records the inspection and refunds the full
 * amount, and the buyer's case and order pages show the refund (U-2). Once the first order's return
 * window is over it settles (the second, refunded and never received, does not): the merchant's
 * statement shows exactly one settlement line, the first order's gross, the 5% fee and the net, and
 * one refund line, the second order's, on the page and in the downloaded CSV. No page answers 500
 * and the browser logs no error. Skips loudly without Chromium outside CI.
 *
 * <p>The return window is 20 s: long enough to open the return right after the second delivery,
 * short enough that the first order settles within the journey.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "escapement.demo.listings=0",
            "escapement.shipping.sandbox.step=PT0.5S",
            "escapement.order.return-window=PT20S",
            "escapement.order.deadline-interval=PT0.5S",
            "escapement.payment.platform-fee=5"
        })
class DeliveryJourneyTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Catalog catalog;

    @Autowired
    MerchantDirectory merchants;

    @Autowired
    StaffDirectory staff;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    AccountPhones phones;

    @Autowired
    AddressBook addresses;

    @Autowired
    Checkout checkout;

    @Autowired
    Statements statements;

    @Autowired
    JdbcClient jdbc;

    JourneyBrowser people;

    @BeforeAll
    static void launchChromium() {
        browser = Chromium.browser();
    }

    @BeforeEach
    void openBrowser() {
        people = new JourneyBrowser(browser, port);
    }

    @AfterEach
    void closeContexts() {
        people.close();
    }

    @Test
    void theMerchantShipsTheBuyerReviewsReturnsASecondOrderAndTheStatementShowsOneSettlementAndOneRefund()
            throws Exception {
        var merchant = merchants
                .register(List.of(MerchantFixtures.merchant("深圳交付表行", "13800000061")))
                .get(0);

        // 1. a buyer signed in with an address has paid for a watch
        var buyerPhone =
                "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        var buyer = people.page();
        Codes.signIn(buyer, outbox, buyerPhone);
        var account = phones.owner(PhoneNumber.parse(buyerPhone)).orElseThrow();
        var address = OrderFixtures.address(addresses, account);
        var order = paidOrder(account, address, merchant);
        var number = order.number().value();
        buyer.navigate("/account/orders/" + number);
        PlaywrightAssertions.assertThat(buyer.locator("#order-states")).containsText("已付款");
        PlaywrightAssertions.assertThat(buyer.locator("#order-waybill")).hasCount(0);

        // 2. the merchant's staff book the pickup, see the waybill number and print the waybill
        var portal = people.page();
        var member = BrowserSignIn.enrol(portal, staff, "delivery-" + merchant, Set.of(), merchant);
        BrowserSignIn.staff(portal, jdbc, member);
        portal.waitForURL("**/merchant");
        portal.navigate("/merchant/orders");
        portal.locator("#orders tbody tr", new Page.LocatorOptions().setHasText(number))
                .locator("a")
                .first()
                .click();
        portal.waitForURL("**/merchant/orders/" + number);
        PlaywrightAssertions.assertThat(portal.locator("#order-print-waybill")).hasCount(0);
        bookPickup(portal);
        var waybill = portal.locator("#order-waybill").innerText().replaceAll(".*(SF\\d{13}).*", "$1");
        assertThat(waybill).matches("SF\\d{13}");
        var recipientMasked = portal.locator("#order-recipient").innerText();
        assertThat(recipientMasked).startsWith("欧").doesNotContain(OrderFixtures.RECIPIENT);
        var print = portal.locator("#order-print-waybill");
        PlaywrightAssertions.assertThat(print).isVisible();
        var pdf = portal.request().get(print.getAttribute("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(waybill, recipientMasked, "139****5678", "南山区")
                    .doesNotContain(OrderFixtures.RECIPIENT, OrderFixtures.PHONE, OrderFixtures.DETAIL);
        }
        JourneyBrowser.screenshot(portal, "delivery-2-merchant-booked");

        // 3. the sandbox carrier delivers: the buyer's order page shows the parcel's way to delivered
        var tracking = awaitDelivery(buyer);
        PlaywrightAssertions.assertThat(buyer.locator("#order-waybill")).containsText(waybill);
        PlaywrightAssertions.assertThat(tracking).hasCount(4);
        PlaywrightAssertions.assertThat(tracking.nth(0)).containsText("快递员已揽收");
        PlaywrightAssertions.assertThat(tracking.nth(1)).containsText("运输中");
        PlaywrightAssertions.assertThat(tracking.nth(2)).containsText("派送中");
        PlaywrightAssertions.assertThat(tracking.nth(3)).containsText("已签收");
        var timeline = buyer.locator("#order-timeline");
        PlaywrightAssertions.assertThat(timeline).containsText("商家已发货");
        PlaywrightAssertions.assertThat(timeline).containsText("快递已签收");
        JourneyBrowser.screenshot(buyer, "delivery-3-delivered");
        portal.reload();
        PlaywrightAssertions.assertThat(portal.locator("#order-tracking li")).hasCount(4);
        PlaywrightAssertions.assertThat(portal.locator("#order-tracking li").last())
                .containsText("已签收");

        // 4. the buyer confirms receipt and sees the order completed
        buyer.locator("#order-receipt").click();
        PlaywrightAssertions.assertThat(buyer.locator("#order-done")).isVisible();
        PlaywrightAssertions.assertThat(buyer.locator("#order-states")).containsText("已确认收货");
        PlaywrightAssertions.assertThat(timeline.locator("li").last()).containsText("您已确认收货");
        PlaywrightAssertions.assertThat(buyer.locator("#order-receipt")).hasCount(0);

        // 5. the buyer reviews the watch from the order page with a photo carrying a GPS position and
        // finds the review under the account hub's reviews; the merchant's public page shows it with
        // its photo bare of EXIF, the reviewer masked
        buyer.locator("#order-review").click();
        buyer.waitForURL("**/account/reviews");
        var form = buyer.locator("form.review-form[data-order='" + number + "']");
        form.locator("select[name=asDescribed]").selectOption("5");
        form.locator("select[name=service]").selectOption("4");
        form.locator("select[name=shipping]").selectOption("5");
        form.locator("textarea[name=text]").fill("表况和描述一致，包装很用心");
        form.locator("input[type=file]").setInputFiles(photo("review"));
        form.locator("button[type=submit]").click();
        PlaywrightAssertions.assertThat(buyer.locator("#reviews-done")).containsText("评价已发布");
        buyer.navigate("/account");
        buyer.locator("#hub-reviews").click();
        buyer.waitForURL("**/account/reviews");
        PlaywrightAssertions.assertThat(form).hasCount(0);
        var mine = buyer.locator("#my-reviews .review");
        PlaywrightAssertions.assertThat(mine).hasCount(1);
        PlaywrightAssertions.assertThat(mine.first()).containsText("表况和描述一致");
        PlaywrightAssertions.assertThat(mine.first().locator(".review-photos img"))
                .hasCount(1);
        buyer.navigate("/merchants/" + merchant.value());
        var shown = buyer.locator("#reviews .review");
        PlaywrightAssertions.assertThat(shown).hasCount(1);
        PlaywrightAssertions.assertThat(shown.first().locator(".reviewer")).hasText("匿名买家");
        PlaywrightAssertions.assertThat(shown.first()).containsText("表况和描述一致");
        PlaywrightAssertions.assertThat(buyer.locator("#merchant-rating .rating-average"))
                .hasText("4.7");
        PlaywrightAssertions.assertThat(buyer.locator("#merchant-rating")).containsText("1 条评价");
        var reviewPhoto = shown.first().locator(".review-photos img");
        PlaywrightAssertions.assertThat(reviewPhoto).hasCount(1);
        var served = buyer.request().get(reviewPhoto.getAttribute("src"));
        assertThat(served.status()).isEqualTo(200);
        assertThat(TestPhotos.ascii(served.body())).doesNotContain("Exif");
        assertThat(buyer.locator("main").innerText())
                .doesNotContain(buyerPhone, OrderFixtures.PHONE, OrderFixtures.RECIPIENT);
        JourneyBrowser.screenshot(buyer, "delivery-5-review");

        // 6. a second order of the buyer, shipped from the portal and delivered, is returned from its
        // order page within the window with a reason, the declaration and a photo, and is listed
        // under after-sales
        var second = paidOrder(account, address, merchant);
        var secondNumber = second.number().value();
        portal.navigate("/merchant/orders/" + secondNumber);
        bookPickup(portal);
        buyer.navigate("/account/orders/" + secondNumber);
        awaitDelivery(buyer);
        buyer.locator("#order-return").click();
        buyer.waitForURL("**/account/returns/new?order=" + secondNumber);
        buyer.locator("#return-form textarea[name=reason]").fill("表带尺寸不合适");
        buyer.locator("#return-form input[name=declaration]").check();
        buyer.locator("#return-form input[type=file]").setInputFiles(photo("return"));
        buyer.locator("#return-submit").click();
        buyer.waitForURL("**/account/returns/*");
        var caseTitle = buyer.locator("#return h1");
        PlaywrightAssertions.assertThat(caseTitle).containsText("已申请");
        var reference = caseTitle.innerText().replaceAll(".*(RC-\\d+).*", "$1");
        assertThat(reference).matches("RC-\\d+");
        var casePage = buyer.url();
        buyer.navigate("/account/orders");
        buyer.locator("#order-filters a", new Page.LocatorOptions().setHasText("售后"))
                .click();
        PlaywrightAssertions.assertThat(buyer.locator("#orders .order")).hasCount(1);
        PlaywrightAssertions.assertThat(buyer.locator("#orders .order")).containsText(secondNumber);

        // the merchant sees the case with the buyer's reason and photo on the order and accepts it
        portal.reload();
        var portalCase = portal.locator("#order-return a");
        PlaywrightAssertions.assertThat(portalCase).containsText(reference);
        portalCase.click();
        portal.waitForURL("**/merchant/returns/*");
        PlaywrightAssertions.assertThat(portal.locator("#return-reason")).hasText("表带尺寸不合适");
        PlaywrightAssertions.assertThat(portal.locator("#return-photos img")).hasCount(1);
        portal.locator("#return-accept").click();
        PlaywrightAssertions.assertThat(portal.locator("#return-done")).hasText("已同意退货。");

        // the buyer books the return pickup; the sandbox delivers the return parcel and the case arrives
        buyer.navigate(casePage);
        PlaywrightAssertions.assertThat(caseTitle).containsText("已同意");
        buyer.locator("#return-pickup").click();
        PlaywrightAssertions.assertThat(caseTitle).containsText("退货寄回中");
        var inspect = portal.locator("#return-inspect");
        reloadUntil(portal, () -> inspect.count() > 0, Duration.ofSeconds(15));
        PlaywrightAssertions.assertThat(portal.locator("#return h1")).containsText("退货已送达");

        // the merchant records the inspection and refunds the full amount
        portal.locator("#return select[name=result]").selectOption("PASSED");
        portal.locator("#return input[name=note]").fill("表况与寄出时一致");
        inspect.click();
        PlaywrightAssertions.assertThat(portal.locator("#return-done")).hasText("已记录验货结果。");
        var refund = second.total();
        portal.locator("#return input[name=amount]").fill(yuan(refund));
        portal.locator("#return-refund").click();
        PlaywrightAssertions.assertThat(portal.locator("#return-done")).hasText("退款已原路退回买家。");
        PlaywrightAssertions.assertThat(portal.locator("#return-refunded")).hasText(refund.formatted());
        JourneyBrowser.screenshot(portal, "delivery-6-merchant-refunded");

        // the buyer's case and order pages show the refund
        buyer.reload();
        PlaywrightAssertions.assertThat(caseTitle).containsText("已退款");
        PlaywrightAssertions.assertThat(buyer.locator("#return-refunded")).hasText(refund.formatted());
        PlaywrightAssertions.assertThat(buyer.locator("#return-timeline li").last())
                .containsText(refund.formatted());
        buyer.locator("#return a[href^='/account/orders/']").click();
        buyer.waitForURL("**/account/orders/" + secondNumber);
        PlaywrightAssertions.assertThat(buyer.locator("#order-states")).containsText("已退款");
        PlaywrightAssertions.assertThat(buyer.locator("#order-receipt")).hasCount(0);
        PlaywrightAssertions.assertThat(buyer.locator("#order-return-case")).containsText(reference + " · 已退款");
        PlaywrightAssertions.assertThat(timeline.locator("li").last()).containsText("退款");
        PlaywrightAssertions.assertThat(timeline.locator("li").last()).containsText(refund.formatted());
        JourneyBrowser.screenshot(buyer, "delivery-6-refunded");

        // 7. the first order's return window over, it settles: the merchant's statement shows the one
        // settlement line with its gross, fee and net and the second order's refund line, and the
        // CSV download the same lines
        var gross = order.total();
        assertThat(gross.minor() % 20).as("5% of the total is whole fen").isZero();
        var fee = Money.fen(gross.minor() / 20);
        var net = gross.minus(fee);
        var period = statements.current().toString();
        portal.navigate("/merchant/statements");
        var settled = portal.locator("#statement-" + period + " table.settled tbody tr");
        reloadUntil(portal, () -> settled.count() > 0, Duration.ofSeconds(15));
        PlaywrightAssertions.assertThat(settled).hasCount(1);
        var cells = settled.locator("td");
        PlaywrightAssertions.assertThat(cells.nth(0)).hasText(number);
        PlaywrightAssertions.assertThat(cells.nth(2)).hasText(gross.formatted());
        PlaywrightAssertions.assertThat(cells.nth(3)).hasText(Money.zero().formatted());
        PlaywrightAssertions.assertThat(cells.nth(4)).hasText(fee.formatted());
        PlaywrightAssertions.assertThat(cells.nth(5)).hasText(net.formatted());
        var refunds = portal.locator("#statement-" + period + " table.refunds tbody tr");
        reloadUntil(portal, () -> refunds.count() > 0, Duration.ofSeconds(15));
        PlaywrightAssertions.assertThat(settled).hasCount(1);
        PlaywrightAssertions.assertThat(refunds).hasCount(1);
        PlaywrightAssertions.assertThat(refunds.locator("td").nth(0)).hasText(secondNumber);
        PlaywrightAssertions.assertThat(refunds.locator("td").nth(2)).hasText(refund.formatted());
        JourneyBrowser.screenshot(portal, "delivery-7-statement");
        var download =
                portal.waitForDownload(() -> portal.locator("#csv-" + period).click());
        assertThat(download.suggestedFilename()).isEqualTo("statement-" + period + ".csv");
        var csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(line -> line.startsWith("结算,")))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("结算," + number + ",")
                        .endsWith("," + yuan(gross) + ",0.00," + yuan(fee) + "," + yuan(net)));
        assertThat(csv.lines().filter(line -> line.startsWith("退款,")))
                .singleElement()
                .satisfies(line ->
                        assertThat(line).startsWith("退款," + secondNumber + ",").endsWith(",," + yuan(refund) + ",,"));

        assertThat(people.failures())
                .as("no page answered 500 and the browser logged no error")
                .isEmpty();
    }

    /** A watch of {@code merchant} ordered by {@code buyer} to {@code address}, paid at the sandbox provider. */
    private Order paidOrder(SubjectId buyer, AddressId address, MerchantId merchant) {
        var listing = aListing(catalog.referenceByNumber("126610LN").orElseThrow())
                .withSerial("DLVR" + Long.toString(System.nanoTime(), 36).toUpperCase())
                .withPrice(96_000)
                .byMerchant(merchant)
                .listIn(catalog);
        var order = checkout.place(buyer, listing, address);
        return new SandboxPurchases(context).pay(order);
    }

    /** On the merchant's order page: books the pickup and sees it booked. */
    private static void bookPickup(Page portal) {
        portal.locator("#order-book-pickup").click();
        PlaywrightAssertions.assertThat(portal.locator("#merchant-done")).isVisible();
        PlaywrightAssertions.assertThat(portal.locator("#order-book-pickup")).hasCount(0);
    }

    /** On the buyer's order page: reloads until the sandbox carrier delivered the parcel; its four route events. */
    private static Locator awaitDelivery(Page buyer) {
        var tracking = buyer.locator("#order-tracking li");
        reloadUntil(buyer, () -> tracking.count() == 4, Duration.ofSeconds(15));
        PlaywrightAssertions.assertThat(buyer.locator("#order-states")).containsText("已签收");
        return tracking;
    }

    /** A JPEG file whose EXIF holds a GPS position, as a phone's photo would. */
    private static Path photo(String name) throws IOException {
        var photo = Files.createTempFile(name, ".jpg");
        Files.write(photo, TestPhotos.photoWithGps());
        return photo;
    }

    /** Reloads the page until {@code shown} holds (another thread moves what it shows), for at most {@code limit}. */
    private static void reloadUntil(Page page, BooleanSupplier shown, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!shown.getAsBoolean() && System.nanoTime() < deadline) {
            page.waitForTimeout(300);
            page.reload();
        }
    }

    /** {@code 1234.50} for ¥1,234.50, as the CSV writes amounts. */
    private static String yuan(Money amount) {
        return BigDecimal.valueOf(amount.minor(), 2).toPlainString();
    }
}

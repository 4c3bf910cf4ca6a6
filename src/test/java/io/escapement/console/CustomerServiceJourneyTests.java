package io.escapement.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.StaffRole;
import io.escapement.staff.StaffDirectory;
import io.escapement.testing.BrowserSignIn;
import io.escapement.testing.Chromium;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * P-5's first producer, end to end in real Chromium over HTTPS: a buyer registers; a
 * customer-service member enrols a second factor, signs in to the console with it, finds the buyer
 * by number, sees the buyer masked and then the number in full with a reason on a case; the buyer
 * signs in again and finds that access in "who accessed my data" (U-1, P-4).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "escapement.demo.listings=0",
            "escapement.tls.enabled=true",
            "escapement.tls.http-port=-1",
            "escapement.tls.dir=target/journey-tests/tls",
            "escapement.account.code-spacing=PT0S"
        })
class CustomerServiceJourneyTests {

    private static final String CASE = "CS-2026-0777";
    private static final String REASON = "Caller asks which number the account uses";

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    StaffDirectory directory;

    @Autowired
    JdbcClient jdbc;

    BrowserContext buyerSide;
    BrowserContext staffSide;

    @BeforeAll
    static void launchChromium() {
        browser = Chromium.browser();
    }

    @AfterEach
    void closeContexts() {
        buyerSide.close();
        staffSide.close();
    }

    @Test
    void staffFindAndUnmaskABuyerWhoThenSeesTheAccess() throws Exception {
        var phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        buyerSide = context("zh-CN");
        var buyer = buyerSide.newPage();
        signIn(buyer, phone, true);
        buyerSide.close();

        staffSide = context("en-GB");
        var staff = staffSide.newPage();
        var member = BrowserSignIn.enrol(staff, directory, "cs-0777", Set.of(StaffRole.CUSTOMER_SERVICE), null);
        BrowserSignIn.staff(staff, jdbc, member);
        staff.waitForURL("**/console");

        staff.locator("a[href='/console/customers']").first().click();
        staff.locator("input[name=phone]").fill(phone);
        staff.locator("#lookup-form input[name=caseReference]").fill(CASE);
        staff.locator("#look-up").click();
        var masked = PhoneNumber.parse(phone).masked();
        PlaywrightAssertions.assertThat(staff.locator("#buyer-fields tr[data-field=PHONE] .masked"))
                .hasText(masked);
        assertThat(staff.content()).doesNotContain(phone);

        staff.locator("#unmask-form select[name=field]").selectOption("PHONE");
        staff.locator("#unmask-form input[name=reason]").fill(REASON);
        staff.locator("#unmask").click();
        PlaywrightAssertions.assertThat(staff.locator("#revealed-value")).hasText(phone);
        PlaywrightAssertions.assertThat(staff.locator("#revealed-record")).containsText(CASE);

        buyerSide = context("zh-CN");
        buyer = buyerSide.newPage();
        signIn(buyer, phone, false);
        buyer.navigate("/account/accesses?lang=en");
        var accesses = buyer.locator("#accesses");
        PlaywrightAssertions.assertThat(accesses).containsText("Customer service");
        PlaywrightAssertions.assertThat(accesses).containsText(CASE);
        PlaywrightAssertions.assertThat(accesses).containsText(REASON);
        PlaywrightAssertions.assertThat(accesses).containsText("seen in full");
        PlaywrightAssertions.assertThat(accesses).containsText("seen masked");
        PlaywrightAssertions.assertThat(accesses).not().containsText("cs-0777");
        buyer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "accesses.png")));
    }

    private BrowserContext context(String locale) {
        return browser.newContext(new Browser.NewContextOptions()
                .setIgnoreHTTPSErrors(true)
                .setLocale(locale)
                .setViewportSize(1366, 900)
                .setBaseURL("https://localhost:" + port));
    }

    private void signIn(Page page, String phone, boolean registering) {
        page.navigate("/signin");
        BrowserSignIn.withCode(page, outbox, phone, registering);
        page.waitForURL("**/account/**");
    }
}

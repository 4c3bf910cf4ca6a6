package io.escapement.account.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.RequestOptions;
import io.escapement.account.AccountPhones;
import io.escapement.account.Codes;
import io.escapement.account.CompromiseReports;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.account.closing.AccountPurge;
import io.escapement.account.closing.Cancellation;
import io.escapement.privacy.PhoneNumber;
import io.escapement.testing.Chromium;
import io.escapement.vault.SubjectId;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Keeps C-6 and P-11 in real Chromium over HTTPS, with Chromium's virtual authenticator standing in
 * for a phone's face or fingerprint check: a buyer adds a passkey in account settings, signs out,
 * and signs in with it; a replayed assertion is refused; a locked account loses its passkeys and a
 * cancelled one may not use them.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "escapement.tls.enabled=true",
            "escapement.tls.http-port=-1",
            "escapement.tls.dir=target/journey-tests/tls",
            "escapement.demo.listings=0",
            "escapement.account.code-spacing=PT0S"
        })
class PasskeyJourneyTests {

    static final int PORT = freePort();
    static final String ORIGIN = "https://localhost:" + PORT;

    static Browser browser;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    AccountPhones phones;

    @Autowired
    Passkeys passkeys;

    @Autowired
    CompromiseReports compromiseReports;

    @Autowired
    Cancellation cancellation;

    @Autowired
    AccountPurge purge;

    @Autowired
    JdbcClient jdbc;

    BrowserContext context;
    Page page;
    String anonymousSession;

    @DynamicPropertySource
    static void origin(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("escapement.webauthn.allowed-origins", () -> ORIGIN);
    }

    @BeforeAll
    static void launchChromium() {
        browser = Chromium.browser();
    }

    @BeforeEach
    void openContextWithAVirtualAuthenticator() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setIgnoreHTTPSErrors(true)
                .setLocale("zh-CN")
                .setBaseURL(ORIGIN));
        page = context.newPage();
        var devTools = context.newCDPSession(page);
        devTools.send("WebAuthn.enable");
        var options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        var arguments = new JsonObject();
        arguments.add("options", options);
        devTools.send("WebAuthn.addVirtualAuthenticator", arguments);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void addsAPasskeyAndSignsInWithItByFaceOrFingerprint() {
        var buyer = signInWithCode("13166660001");
        addPasskey("我的手机");
        PlaywrightAssertions.assertThat(page.locator("#passkeys .passkey-label"))
                .hasText("我的手机");
        PlaywrightAssertions.assertThat(page.locator("#passkeys-privacy")).containsText("不会接收或保存任何面部或指纹数据");
        signOut();

        var assertion = signInWithPasskey();

        page.waitForURL("**/account/privacy");
        PlaywrightAssertions.assertThat(page.locator("#privacy-settings-link")).isVisible();
        assertThat(anonymousSession).isNotNull();
        assertThat(sessionCookie()).as("the session id is rotated at sign-in").isNotEqualTo(anonymousSession);
        page.navigate("/account/passkeys");
        PlaywrightAssertions.assertThat(page.locator("#passkeys .passkey")).hasCount(1);
        assertThat(passkeys.of(buyer))
                .singleElement()
                .satisfies(passkey -> assertThat(passkey.lastUsed()).isNotNull());
        assertThat(assertion.get()).contains("\"signature\"");
    }

    @Test
    void refusesAReplayedAssertion() {
        signInWithCode("13166660002");
        addPasskey("笔记本");
        signOut();
        var assertion = signInWithPasskey();
        page.waitForURL("**/account/privacy");

        var replayedInTheSameSession = postAssertion(page, assertion.get());
        assertThat(replayedInTheSameSession.status()).isEqualTo(401);
        assertThat(replayedInTheSameSession.headers().get("content-type")).contains("application/problem+json");
        assertThat(replayedInTheSameSession.text()).contains("\"reason\":\"passkeys.failed\"");

        var attacker = browser.newContext(new Browser.NewContextOptions()
                        .setIgnoreHTTPSErrors(true)
                        .setBaseURL(ORIGIN))
                .newPage();
        attacker.navigate("/signin");
        var freshChallenge = attacker.request()
                .post(
                        "/webauthn/authenticate/options",
                        RequestOptions.create().setHeader(csrfHeader(attacker), csrf(attacker)));
        assertThat(freshChallenge.status()).isEqualTo(200);
        var replayedElsewhere = postAssertion(attacker, assertion.get());
        assertThat(replayedElsewhere.status()).isEqualTo(401);
        assertThat(replayedElsewhere.text()).contains("passkeys.failed");
        attacker.context().close();
    }

    @Test
    void refusesAPasskeyWithAnOverlongNameAndStoresNothing() {
        var buyer = signInWithCode("13166660005");
        page.locator("#passkeys-link").click();
        page.locator("#passkey-label").evaluate("input => input.removeAttribute('maxlength')");
        page.locator("#passkey-label").fill("很".repeat(61));
        var registration = page.waitForResponse(
                response -> response.url().endsWith("/webauthn/register"),
                () -> page.locator("#add-passkey-button").click());

        assertThat(registration.status()).isEqualTo(400);
        PlaywrightAssertions.assertThat(page.locator("#passkeys-problem")).containsText("未能添加通行密钥");
        assertThat(passkeys.of(buyer)).isEmpty();
    }

    @Test
    void aCompromiseReportRevokesEveryPasskey() {
        var buyer = signInWithCode("13166660003");
        addPasskey("平板");
        signOut();

        compromiseReports.report(buyer);

        assertThat(passkeys.of(buyer)).isEmpty();
        assertThat(jdbc.sql("select count(*) from account.user_entities where name = :name")
                        .param("name", buyer.toString())
                        .query(Integer.class)
                        .single())
                .isZero();
        signInWithPasskey();
        PlaywrightAssertions.assertThat(page.locator("#passkey-problem")).hasText("通行密钥登录未成功。请重试，或使用短信验证码登录。");
        assertThat(page.url()).endsWith("/signin");
    }

    @Test
    void aCancelledAccountMayNotSignInWithAPasskeyAndThePurgeDeletesThem() {
        var buyer = signInWithCode("13166660004");
        addPasskey("我的电脑");
        signOut();
        cancellation.cancel(buyer, false);

        signInWithPasskey();

        PlaywrightAssertions.assertThat(page.locator("#passkey-problem")).containsText("该账户已申请注销");
        assertThat(page.url()).endsWith("/signin");
        purge.purge(buyer, AccountPurge.Reason.CANCELLED);
        assertThat(passkeys.of(buyer)).isEmpty();
        assertThat(jdbc.sql("select count(*) from account.user_entities")
                        .query(Integer.class)
                        .single())
                .as("only the passkey user entities of accounts that still exist")
                .isEqualTo(jdbc.sql("select count(*) from account.user_entities e join account.account a"
                                + " on a.subject_id::text = e.name")
                        .query(Integer.class)
                        .single());
    }

    /** Signs in with an SMS code from the development outbox, registering the number. */
    private SubjectId signInWithCode(String phone) {
        Codes.signIn(page, outbox, phone);
        return phones.owner(PhoneNumber.parse(phone)).orElseThrow();
    }

    private void addPasskey(String label) {
        page.locator("#passkeys-link").click();
        page.waitForURL("**/account/passkeys");
        page.locator("#passkey-label").fill(label);
        page.waitForResponse(
                response -> response.url().endsWith("/webauthn/register"),
                () -> page.locator("#add-passkey-button").click());
        page.waitForLoadState();
        PlaywrightAssertions.assertThat(page.locator("#passkeys .passkey")).hasCount(1);
    }

    private void signOut() {
        page.navigate("/account/sessions");
        page.locator("form[action='/signout'] button").click();
        page.waitForURL(ORIGIN + "/");
    }

    /** Clicks the passkey button on the sign-in page; returns the assertion the browser posted. */
    private AtomicReference<String> signInWithPasskey() {
        var assertion = new AtomicReference<String>();
        page.onRequest(request -> {
            if (request.url().endsWith("/login/webauthn")) {
                assertion.set(request.postData());
                // the visitor's session opens with the passkey options, not with the sign-in page
                anonymousSession = sessionIn(request.headerValue("cookie"));
            }
        });
        page.navigate("/signin");
        page.waitForResponse(
                response -> response.url().endsWith("/login/webauthn"),
                () -> page.locator("#passkey-sign-in").click());
        return assertion;
    }

    private static String sessionIn(String cookieHeader) {
        if (cookieHeader == null) {
            return null;
        }
        return java.util.Arrays.stream(cookieHeader.split(";\\s*"))
                .filter(cookie -> cookie.startsWith("ESCAPEMENT_SESSION="))
                .map(cookie -> cookie.substring("ESCAPEMENT_SESSION=".length()))
                .findFirst()
                .orElse(null);
    }

    private String sessionCookie() {
        return context.cookies().stream()
                .filter(cookie -> cookie.name.equals("ESCAPEMENT_SESSION"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElse(null);
    }

    private static APIResponse postAssertion(Page from, String assertion) {
        from.navigate("/signin");
        return from.request()
                .post(
                        "/login/webauthn",
                        RequestOptions.create()
                                .setHeader("Content-Type", "application/json")
                                .setHeader(csrfHeader(from), csrf(from))
                                .setData(assertion));
    }

    private static String csrfHeader(Page signInPage) {
        return signInPage.locator("#passkey-sign-in").getAttribute("data-csrf-header");
    }

    private static String csrf(Page signInPage) {
        return signInPage.locator("#passkey-sign-in").getAttribute("data-csrf-token");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

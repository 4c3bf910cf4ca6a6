package io.escapement.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import io.escapement.account.AccountPhones;
import io.escapement.account.Accounts;
import io.escapement.account.Codes;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.account.closing.Cancellation;
import io.escapement.policy.DraftPolicyVersion;
import io.escapement.policy.MaterialChange;
import io.escapement.policy.PolicyVersions;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import io.escapement.testing.Chromium;
import io.escapement.testing.ResidueScan;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Keeps C-10 against a real OpenID Connect provider (Spring Authorization Server, started here) and
 * real Chromium over HTTPS: a buyer binds an external account through the authorization-code flow,
 * only nickname and avatar are kept (in the vault), the bound account then signs in, unbinding
 * deletes everything, and refusals and broken callbacks show readable 4xx pages.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "escapement.demo.listings=0",
            "escapement.account.code-spacing=PT0S",
            "escapement.tls.enabled=true",
            "escapement.tls.http-port=-1",
            "escapement.tls.dir=target/external-account-tests/tls",
            "spring.security.oauth2.client.registration.test.client-id=" + AuthorizationServer.CLIENT_ID,
            "spring.security.oauth2.client.registration.test.client-secret=" + AuthorizationServer.CLIENT_SECRET,
            "spring.security.oauth2.client.registration.test.client-name=Test ID",
            "spring.security.oauth2.client.registration.test.scope=openid,profile,email,phone",
            "spring.security.oauth2.client.registration.test.provider=test"
        })
class ExternalAccountTests {

    static final AtomicInteger PHONES = new AtomicInteger();

    static ConfigurableApplicationContext provider = AuthorizationServer.start();
    static Browser browser;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add(
                "spring.security.oauth2.client.provider.test.issuer-uri", () -> AuthorizationServer.issuer(provider));
    }

    @LocalServerPort
    int port;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountPhones phones;

    @Autowired
    PhoneSignIn phoneSignIn;

    @Autowired
    OneTimeCodes codes;

    @Autowired
    ExternalAccounts externalAccounts;

    @Autowired
    Cancellation cancellation;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    PolicyVersions policy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @FlywayDataSource
    DataSource owner;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchChromium() {
        browser = Chromium.browser();
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @BeforeEach
    void openBrowser() {
        AuthorizationServer.registerClient(provider, "https://localhost:" + port + "/login/oauth2/code/test");
        context = newBrowser();
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void bindsThroughTheAuthorizationCodeFlowKeepingOnlyNicknameAndAvatar() {
        var buyer = signInWithCode(page, nextPhone());

        page.navigate("/account/bindings");
        assertThat(page.locator("#provider-test").textContent()).contains("Test ID", "未绑定");
        page.locator("#bind-test").click();
        providerLogin(page, "alice");

        assertThat(page.url()).endsWith("/account/bindings");
        assertThat(page.locator("#provider-test .bound").textContent()).contains("绑定于");
        assertThat(page.locator("form[action='/account/bindings/unbind']").count())
                .isEqualTo(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "account-bindings.png")));
        assertThat(externalAccounts.binding(buyer))
                .hasValueSatisfying(binding -> assertThat(binding.provider()).isEqualTo("test"));
        assertThat(reveal(buyer, "nickname")).isEqualTo("表匠alice");
        assertThat(reveal(buyer, "avatar")).isEqualTo("https://avatars.provider.example/alice.png");
        assertThat(reveal(buyer, "identifier")).isEqualTo(AuthorizationServer.issuer(provider) + "|alice");

        var claims = AuthorizationServer.claims("alice");
        var phone = AuthorizationServer.phoneOf("alice");
        ResidueScan.of(owner)
                .assertNoneOf(
                        (String) claims.get("email"),
                        "alice.private",
                        phone,
                        phone.substring(3),
                        (String) claims.get("name"),
                        (String) claims.get("nickname"),
                        (String) claims.get("picture"));

        var again = newBrowser();
        var signIn = again.newPage();
        signIn.navigate("/signin");
        signIn.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "signin-with-provider.png"))
                .setFullPage(true));
        signIn.locator("#sign-in-test").click();
        providerLogin(signIn, "alice");
        assertThat(signIn.url()).endsWith("/account/privacy");
        assertThat(principalOf(again)).isEqualTo(buyer.toString());
        assertThat(sessionAttributes(again))
                .as("the session holds no authentication from the provider")
                .doesNotContain("OAuth2AuthenticationToken", "OidcUser");
        again.close();
    }

    @Test
    void unbindingDeletesEverythingAndTheProviderNoLongerSignsIn() {
        var buyer = signInWithCode(page, nextPhone());
        page.navigate("/account/bindings");
        page.locator("#bind-test").click();
        providerLogin(page, "bob");
        assertThat(externalAccounts.binding(buyer)).isPresent();

        page.locator("#unbind").click();
        assertThat(page.locator("#bindings-unbound").textContent()).contains("已解除绑定");
        assertThat(externalAccounts.binding(buyer)).isEmpty();
        for (var field : List.of("identifier", "nickname", "avatar")) {
            assertThat(vault.reveal(
                            buyer,
                            ExternalAccount.class,
                            field,
                            String.class,
                            Purpose.ACCOUNT,
                            Accessor.system("test")))
                    .isInstanceOf(Read.Absent.class);
        }
        assertThat(vault.lookup(ExternalAccount.class, "identifier", AuthorizationServer.issuer(provider) + "|bob"))
                .isEmpty();

        var stranger = newBrowser();
        var signIn = stranger.newPage();
        signIn.navigate("/signin");
        var refused = signIn.waitForResponse(
                response -> response.url().startsWith("https://localhost:" + port + "/login/oauth2/code/test"),
                () -> providerLogin(signIn.locator("#sign-in-test"), signIn, "bob"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(signIn.locator("#external-problem").textContent()).contains("尚未绑定", "手机号登录", "账户设置");
        signIn.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "signin-not-bound.png")));
        signIn.navigate("/account/privacy");
        assertThat(signIn.url()).as("not signed in").contains("/signin?next=");

        signIn.navigate("/signin?lang=en");
        signIn.locator("#sign-in-test").click();
        assertThat(signIn.locator("#external-problem").textContent())
                .contains("Sign in with your mobile number first", "Bound accounts");
        stranger.close();
    }

    @Test
    void refusesToBindBeforeThePolicyInEffectIsAccepted() throws Exception {
        var buyer = signInWithCode(page, nextPhone());
        var next = policy.draft(new DraftPolicyVersion(
                Set.of(MaterialChange.SERVICE_MODEL_OR_PURPOSE),
                false,
                "新增第三方账户绑定。",
                "Adds third-party account binding."));
        policy.publish(next.number(), Instant.now().plusMillis(500));
        Thread.sleep(600);

        page.navigate("/account/bindings");
        var response = page.waitForResponse(
                candidate -> candidate.url().contains("/bind?"),
                () -> page.locator("#bind-test").click());
        assertThat(response.status()).isEqualTo(409);
        assertThat(page.locator("#bindings-problem").textContent()).contains("隐私政策");
        assertThat(page.locator("#bindings-policy-link").getAttribute("href")).isEqualTo("/account/policy");
        assertThat(page.url()).as("the buyer is not sent to the provider").startsWith("https://localhost:" + port);
        assertThatThrownBy(() -> externalAccounts.bind(buyer, identity("carol")))
                .isInstanceOf(BindingRefused.class)
                .hasMessage("bindings.acceptPolicy");
        assertThat(externalAccounts.binding(buyer)).isEmpty();

        policy.accept(buyer.value(), next.number(), io.escapement.policy.AcceptanceChannel.WEB);
        page.navigate("/account/bindings");
        page.locator("#bind-test").click();
        providerLogin(page, "carol");
        assertThat(externalAccounts.binding(buyer)).isPresent();

        var later = policy.draft(new DraftPolicyVersion(
                Set.of(MaterialChange.MAIN_RECIPIENTS), false, "新增售后伙伴。", "Adds an after-sales partner."));
        policy.publish(later.number(), Instant.now().plusMillis(500));
        Thread.sleep(600);
        var again = newBrowser();
        var signIn = again.newPage();
        signIn.navigate("/signin");
        signIn.locator("#sign-in-test").click();
        providerLogin(signIn, "carol");
        assertThat(signIn.url()).as("asked to accept the new version first").endsWith("/account/policy");
        assertThat(principalOf(again)).isEqualTo(buyer.toString());
        again.close();
    }

    @Test
    void staffPagesKeepTheirOwnSignInWhenAProviderIsConfigured() {
        page.navigate("/console");
        assertThat(page.url()).isEqualTo("https://localhost:" + port + "/staff/signin");
        page.navigate("/merchant");
        assertThat(page.url()).isEqualTo("https://localhost:" + port + "/staff/signin");
    }

    @Test
    void brokenCallbacksShowAReadablePage() {
        var forged = page.navigate("/login/oauth2/code/test?code=stolen&state=forged");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(page.locator("#external-problem").textContent()).contains("未能完成");

        var start = context.request()
                .get("/oauth2/authorization/test", RequestOptions.create().setMaxRedirects(0));
        var location = start.headers().get("location");
        assertThat(location).startsWith(AuthorizationServer.issuer(provider));
        assertThat(location.replaceAll(".*[?&]scope=([^&]+).*", "$1").split("%20"))
                .as("only openid and profile are asked for, though the registration lists e-mail and phone too")
                .containsExactlyInAnyOrder("openid", "profile");
        var state = location.replaceAll(".*[?&]state=([^&]+).*", "$1");
        var denied = page.navigate("/login/oauth2/code/test?error=access_denied&state=" + state);
        assertThat(denied.status()).isEqualTo(400);
        assertThat(page.locator("#external-problem").textContent()).contains("已取消");

        var stale = page.navigate("/account/bindings/test/bind?token=guessed");
        assertThat(stale.url()).as("buyers only").contains("/signin?next=");
        signInWithCode(page, nextPhone());
        var guessed = page.navigate("/account/bindings/test/bind?token=guessed");
        assertThat(guessed.status()).isEqualTo(400);
        assertThat(page.locator("#bindings-problem").textContent()).contains("链接已失效");
        var unknown = page.navigate("/account/bindings/nowhere/bind?token=guessed");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void lockedAndCancelledAccountsDoNotSignInAndAPurgeRemovesTheBinding() {
        var buyer = registered();
        externalAccounts.bind(buyer, identity("dave"));
        assertThat(externalAccounts.signIn(identity("dave"))).isEqualTo(buyer);
        assertThatThrownBy(() -> externalAccounts.signIn(
                        new ExternalIdentity("test", AuthorizationServer.issuer(provider), "DAVE", null, null)))
                .as("subjects differ in case")
                .hasMessage("signin.external.notBound");
        assertThatThrownBy(() -> externalAccounts.bind(registered(), identity("dave")))
                .hasMessage("bindings.boundElsewhere");
        assertThatThrownBy(() -> externalAccounts.bind(buyer, identity("erin"))).hasMessage("bindings.alreadyBound");

        var account = accounts.find(buyer).orElseThrow();
        account.lock();
        accounts.save(account);
        assertThatThrownBy(() -> externalAccounts.signIn(identity("dave"))).hasMessage("signin.accountLocked");
        account.unlock();
        accounts.save(account);

        cancellation.cancel(buyer, false);
        assertThatThrownBy(() -> externalAccounts.signIn(identity("dave")))
                .hasMessage("signin.external.pendingDeletion");

        var other = registered();
        externalAccounts.bind(other, identity("frank"));
        cancellation.cancel(other, true);
        assertThat(externalAccounts.binding(other)).isEmpty();
        assertThat(jdbc.sql("select count(*) from account.external_binding where subject_id = :id")
                        .param("id", other.value())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(vault.lookup(
                        ExternalAccount.class, "identifier", identity("frank").identifier()))
                .isEmpty();
        assertThatThrownBy(() -> externalAccounts.signIn(identity("frank"))).hasMessage("signin.external.notBound");
    }

    private BrowserContext newBrowser() {
        return browser.newContext(new Browser.NewContextOptions()
                .setIgnoreHTTPSErrors(true)
                .setLocale("zh-CN")
                .setBaseURL("https://localhost:" + port));
    }

    private SubjectId signInWithCode(Page page, String phone) {
        page.navigate("/signin");
        page.locator("#phone-step input[name=phone]").fill(phone);
        page.locator("#send-code").click();
        page.locator("#code-step input[name=code]").fill(Codes.lastSentTo(outbox, phone));
        page.locator("#accept-policy").check();
        page.locator("#sign-in").click();
        page.waitForURL("**/account/**");
        return phones.owner(PhoneNumber.parse(phone)).orElseThrow();
    }

    private SubjectId registered() {
        return Codes.registered(codes, phoneSignIn, outbox, PhoneNumber.parse(nextPhone()));
    }

    /** Signs in at the provider's own login page, after which it sends the browser back. */
    private static void providerLogin(Page page, String person) {
        page.locator("#username").fill(person);
        page.locator("#password").fill(AuthorizationServer.PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForURL(url -> url.startsWith("https://localhost"));
    }

    private static void providerLogin(com.microsoft.playwright.Locator start, Page page, String person) {
        start.click();
        providerLogin(page, person);
    }

    private ExternalIdentity identity(String person) {
        return new ExternalIdentity(
                "test", AuthorizationServer.issuer(provider), person, "表匠" + person, "https://a.example/a.png");
    }

    private String reveal(SubjectId buyer, String field) {
        return vault.reveal(buyer, ExternalAccount.class, field, String.class, Purpose.ACCOUNT, Accessor.system("test"))
                .orElse("");
    }

    private String principalOf(BrowserContext browser) {
        return jdbc.sql("select principal_name from account.spring_session where session_id = :id")
                .param("id", sessionId(browser))
                .query(String.class)
                .single();
    }

    private String sessionAttributes(BrowserContext browser) {
        return jdbc.sql("""
                        select a.attribute_bytes from account.spring_session_attributes a
                        join account.spring_session s on s.primary_id = a.session_primary_id
                        where s.session_id = :id""").param("id", sessionId(browser)).query(byte[].class).list().stream()
                .map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1))
                .reduce("", String::concat);
    }

    private static String sessionId(BrowserContext browser) {
        var cookie = browser.cookies().stream()
                .filter(candidate -> candidate.name.equals("ESCAPEMENT_SESSION"))
                .findFirst()
                .orElseThrow();
        return new String(Base64.getDecoder().decode(cookie.value), StandardCharsets.UTF_8);
    }

    private static String nextPhone() {
        return "1370000" + String.format("%04d", PHONES.incrementAndGet());
    }
}

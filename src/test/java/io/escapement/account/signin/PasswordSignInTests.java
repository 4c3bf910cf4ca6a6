package io.escapement.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.Codes;
import io.escapement.account.DevelopmentMailOutbox;
import io.escapement.policy.TermsAcceptance;
import io.escapement.policy.TermsOccasion;
import io.escapement.policy.TermsVersions;
import io.escapement.privacy.EmailAddress;
import io.escapement.testing.ResidueScan;
import io.escapement.throttle.Throttle;
import io.escapement.vault.KeyedDigests;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * C-1 by e-mail: registration by a mailed single-use link that answers the same whether or not the
 * address has an account, Argon2id hashes sealed in the vault, and a back-off per address and
 * client.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.account.code-spacing=PT0S"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PasswordSignInTests {

    static final String PASSWORD = "correct horse battery";
    static final String GUESSER = "203.0.113.9";

    @Autowired
    MockMvc mvc;

    @Autowired
    PasswordSignIn passwords;

    @Autowired
    DevelopmentMailOutbox mail;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TermsVersions terms;

    @Autowired
    KeyedDigests digests;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    @Test
    void registersByTheMailedLinkAndSignsInWithAnArgon2HashSealedInTheVault() throws Exception {
        mvc.perform(post("/signin/email/register")
                        .param("email", "Lin.Daiyu@Example.com")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请查收邮件")));
        assertThat(vault.lookup(EmailCredentials.class, "email", EmailAddress.parse("lin.daiyu@example.com")))
                .as("no account before the link is followed")
                .isEmpty();
        var token = Codes.lastLinkTo(mail, "Lin.Daiyu@example.com");
        assertThat(Codes.lastMailTo(mail, "Lin.Daiyu@example.com").text())
                .contains("/signin/email/confirm?token=" + token);
        mvc.perform(get("/signin/email/confirm").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"register-form\"")))
                .andExpect(content().string(containsString("href=\"/terms\"")));
        mvc.perform(confirm("Lin.Daiyu@Example.com", token, PASSWORD)).andExpect(redirectedUrl("/account/privacy"));
        var registered = vault.lookup(EmailCredentials.class, "email", EmailAddress.parse("lin.daiyu@example.com"))
                .get(0);
        assertThat(terms.acceptances(registered.value()))
                .extracting(TermsAcceptance::version, TermsAcceptance::occasion)
                .containsExactly(tuple(terms.effectiveVersion(), TermsOccasion.SIGN_UP));
        mvc.perform(post("/signin/email")
                        .param("email", "lin.daiyu@example.com")
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/privacy"));
        mvc.perform(post("/signin/email")
                        .param("email", "lin.daiyu@example.com")
                        .param("password", "wrong password!")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("邮箱或密码错误")));
        mvc.perform(post("/signin/email")
                        .param("email", "nobody@example.com")
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(content().string(containsString("邮箱或密码错误")));
        mvc.perform(confirm("lin.daiyu@example.com", token, PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("链接有误、已使用或已过期")));
        ResidueScan.of(admin)
                .assertNoneOf("lin.daiyu@example.com", "Lin.Daiyu@Example.com", PASSWORD, "$argon2id$", token);
    }

    @Test
    void answersATakenAndAFreeAddressAlikeAndTellsOnlyTheMailboxWhich() throws Exception {
        register("owner@example.com");
        var taken = mvc.perform(post("/signin/email/register")
                        .param("email", "owner@example.com")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        var free = mvc.perform(post("/signin/email/register")
                        .param("email", "newcomer@example.com")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(taken.getStatus()).isEqualTo(free.getStatus()).isEqualTo(200);
        assertThat(headers(taken)).isEqualTo(headers(free));
        assertThat(withoutCsrfToken(taken.getContentAsString())).isEqualTo(withoutCsrfToken(free.getContentAsString()));

        var toOwner = Codes.lastMailTo(mail, "owner@example.com");
        var toNewcomer = Codes.lastMailTo(mail, "newcomer@example.com");
        assertThat(toOwner.subject()).isEqualTo(toNewcomer.subject());
        assertThat(toOwner.text()).contains("已有账户", "/signin").doesNotContain("token=");
        assertThat(toNewcomer.text()).contains("/signin/email/confirm?token=");
    }

    /** Header names and values; a session cookie differs by its id only, so only its name counts. */
    private static TreeMap<String, Object> headers(MockHttpServletResponse response) {
        var headers = new TreeMap<String, Object>();
        for (var name : response.getHeaderNames()) {
            headers.put(
                    name,
                    name.equalsIgnoreCase("Set-Cookie")
                            ? response.getHeaders(name).stream()
                                    .map(cookie -> cookie.replaceAll("=[^;]*", "="))
                                    .toList()
                            : response.getHeaders(name));
        }
        return headers;
    }

    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replaceAll("data-csrf-token=\"[^\"]*\"", "");
    }

    @Test
    void refusesBadAddressesWeakPasswordsMissingAcceptanceAndBadLinks() throws Exception {
        mvc.perform(post("/signin/email/register")
                        .param("email", "not-an-address")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("有效的电子邮箱")));
        mvc.perform(post("/signin/email/register").param("email", "a@example.com"))
                .andExpect(status().isForbidden());
        mvc.perform(
                post("/signin/email/register").param("email", "a@example.com").with(csrf()));
        var token = Codes.lastLinkTo(mail, "a@example.com");
        mvc.perform(confirm("a@example.com", token, "short"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("至少需要10位")));
        mvc.perform(post("/signin/email/confirm")
                        .param("token", token)
                        .param("email", "a@example.com")
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("同意《用户协议》和《隐私政策》")));
        mvc.perform(confirm("someone-else@example.com", token, PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("链接有误")));
        mvc.perform(confirm("a@example.com", token.substring(1), PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("链接有误")));
        mvc.perform(confirm("a@example.com", "", PASSWORD)).andExpect(status().isBadRequest());

        jdbc.sql(
                        "update account.sign_in_code set expires_at = issued_at where id = (select max(id) from account.sign_in_code)")
                .update();
        mvc.perform(confirm("a@example.com", token, PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("已过期")));
        assertThat(vault.lookup(EmailCredentials.class, "email", EmailAddress.parse("a@example.com")))
                .isEmpty();
    }

    @Test
    void rotatesTheSessionIdAtSignInAndNeverLogsPasswords(CapturedOutput output) throws Exception {
        register("quiet@example.com");
        // That the sign-in form itself opens no session is AnonymousSessionTests' to prove, over real
        // HTTP: here, once any test of this shared context has used csrf(), Spring Security's test
        // support has replaced the CSRF filter's cookie repository with one that keeps the token in a
        // session, and every page with a form would open one.
        var visitor = mvc.perform(post("/webauthn/authenticate/options").with(csrf()))
                .andReturn()
                .getResponse()
                .getCookie("ESCAPEMENT_SESSION");
        assertThat(visitor)
                .as("a passkey ceremony keeps its options in a session")
                .isNotNull();
        mvc.perform(post("/signin/email")
                        .cookie(visitor)
                        .param("email", "quiet@example.com")
                        .param("password", "not the password 42")
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        var signedIn = mvc.perform(post("/signin/email")
                        .cookie(visitor)
                        .param("email", "quiet@example.com")
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/privacy"))
                .andReturn()
                .getResponse()
                .getCookie("ESCAPEMENT_SESSION");
        assertThat(signedIn).isNotNull();
        assertThat(signedIn.getValue()).isNotEqualTo(visitor.getValue());
        mvc.perform(get("/account/privacy").cookie(visitor))
                .andExpect(redirectedUrl("/signin?next=%2Faccount%2Fprivacy"));
        assertThat(output.getAll()).doesNotContain(PASSWORD, "not the password 42");
    }

    @Test
    void pausesTheAddressForTheGuessingClientWithBackOffButNotForAnother() {
        var email = EmailAddress.parse("locked@example.com");
        var account = register(email.address());
        for (int i = 0; i < Throttle.FREE_ATTEMPTS; i++) {
            assertThatThrownBy(() -> passwords.signIn(email, "wrong wrong wrong", GUESSER))
                    .hasMessage("signin.wrongPassword");
        }
        assertThatThrownBy(() -> passwords.signIn(email, PASSWORD, GUESSER)).hasMessage("signin.locked");
        assertThat(passwords.signIn(email, PASSWORD, "198.51.100.20"))
                .as("the owner, from another client")
                .isEqualTo(account);

        endPause(email);
        assertThatThrownBy(() -> passwords.signIn(email, "wrong again!!", GUESSER))
                .hasMessage("signin.wrongPassword");
        var pausedFor = jdbc.sql("select extract(epoch from paused_until - now()) from throttle.attempt"
                        + " where identifier_digest = :id")
                .param("id", digests.of(PasswordSignIn.SIGN_IN_DOMAIN, email.normalized()))
                .query(Double.class)
                .single();
        assertThat(pausedFor).as("twice as long after the sixth attempt").isBetween(100.0, 121.0);
        endPause(email);
        assertThat(passwords.signIn(email, PASSWORD, GUESSER)).isEqualTo(account);
    }

    private void endPause(EmailAddress email) {
        jdbc.sql("update throttle.attempt set paused_until = now() - interval '1 second'"
                        + " where identifier_digest = :id")
                .param("id", digests.of(PasswordSignIn.SIGN_IN_DOMAIN, email.normalized()))
                .update();
    }

    /** Registers {@code email} with {@link #PASSWORD} through the mailed link. */
    private SubjectId register(String email) {
        var address = EmailAddress.parse(email);
        passwords.register(address);
        return passwords.confirmRegistration(address, Codes.lastLinkTo(mail, email), PASSWORD, true);
    }

    private static org.springframework.test.web.servlet.RequestBuilder confirm(
            String email, String token, String password) {
        return post("/signin/email/confirm")
                .param("token", token)
                .param("email", email)
                .param("password", password)
                .param("acceptsPolicy", "true")
                .with(csrf());
    }
}

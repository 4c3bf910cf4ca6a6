package io.escapement.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.privacy.StaffRole;
import io.escapement.testing.ResidueScan;
import io.escapement.throttle.Throttle;
import io.escapement.vault.KeyedDigests;
import io.escapement.vault.Totp;
import jakarta.servlet.http.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Keeps P-4: staff enrol a second factor, and every staff sign-in needs it. */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class StaffSignInTests {

    private static final String PASSWORD = "correct horse battery";
    private static final String GUESSER = "203.0.113.10";
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-7]{5}-[a-z2-7]{5})</code>");

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyedDigests digests;

    @Autowired
    StaffBootstrap bootstrap;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    @Value("${escapement.console.enrolment-file}")
    Path enrolmentFile;

    /** A member enrolled through the pages: handle, TOTP secret and recovery codes. */
    record Enrolled(String handle, String secret, List<String> recoveryCodes, String token) {}

    @Test
    void enrolsAndSignsInWithPasswordAndAuthenticatorCode() throws Exception {
        var member = enrol("cs-0142", Set.of(StaffRole.CUSTOMER_SERVICE), null);

        var session = new Browser();
        signIn(member.handle(), PASSWORD, nextCode(member), session)
                .andExpect(redirectedUrl("/console"))
                .andExpect(authenticated().withUsername("cs-0142").withRoles("STAFF", "CUSTOMER_SERVICE"));
        session.perform(get("/console")).andExpect(status().isOk());
        session.perform(get("/console/policy")).andExpect(status().isForbidden());

        ResidueScan.of(admin)
                .assertNoneOf(
                        PASSWORD,
                        member.secret(),
                        member.token(),
                        member.recoveryCodes().get(0));
    }

    @Test
    void refusesAReplayedCodeAMissingCodeAndAWrongPasswordAlike() throws Exception {
        var member = enrol("cs-0143", Set.of(StaffRole.CUSTOMER_SERVICE), null);
        var code = nextCode(member);
        signIn(member.handle(), PASSWORD, code, new Browser()).andExpect(redirectedUrl("/console"));

        signIn(member.handle(), PASSWORD, code, new Browser())
                .andExpect(redirectedUrl("/staff/signin?error"))
                .andExpect(unauthenticated());
        signIn(member.handle(), PASSWORD, "", new Browser()).andExpect(redirectedUrl("/staff/signin?error"));
        signIn(member.handle(), "wrong password!", nextCode(member), new Browser())
                .andExpect(redirectedUrl("/staff/signin?error"));
        signIn("nobody-here", PASSWORD, "123456", new Browser()).andExpect(redirectedUrl("/staff/signin?error"));
        mvc.perform(get("/staff/signin?error"))
                .andExpect(content().string(containsString("The handle, password or code is not right")));
    }

    @Test
    void acceptsEachRecoveryCodeOnce() throws Exception {
        var member = enrol("sec-0001", Set.of(StaffRole.SECURITY), null);
        assertThat(member.recoveryCodes())
                .hasSize(StaffDirectory.RECOVERY_CODES)
                .doesNotHaveDuplicates();
        var recovery = member.recoveryCodes().get(3);

        signIn(member.handle(), PASSWORD, recovery.toUpperCase(), new Browser()).andExpect(redirectedUrl("/console"));
        signIn(member.handle(), PASSWORD, recovery, new Browser()).andExpect(redirectedUrl("/staff/signin?error"));
    }

    @Test
    void pausesTotpGuessesOfOneClientInTheDatabaseButNotTheMemberElsewhereNorTheirRecoveryCodes() throws Exception {
        var member = enrol("ops-0007", Set.of(StaffRole.OPERATIONS), null);
        var right = nextCode(member);
        var wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < Throttle.FREE_ATTEMPTS; i++) {
            signIn(member.handle(), PASSWORD, wrong, GUESSER).andExpect(redirectedUrl("/staff/signin?error"));
        }
        signIn(member.handle(), PASSWORD, wrong, GUESSER).andExpect(redirectedUrl("/staff/signin?locked"));
        signIn(member.handle(), PASSWORD, right, GUESSER).andExpect(redirectedUrl("/staff/signin?locked"));
        mvc.perform(get("/staff/signin?locked"))
                .andExpect(content().string(containsString("Too many failed attempts")));
        assertThat(attempts(StaffDirectory.TOTP_DOMAIN, member.handle(), GUESSER))
                .as("the wrong guesses, committed")
                .isEqualTo(Throttle.FREE_ATTEMPTS);

        signIn(member.handle(), PASSWORD, member.recoveryCodes().get(0), GUESSER)
                .andExpect(redirectedUrl("/console"));
        signIn(member.handle(), PASSWORD, nextCode(member), "198.51.100.30").andExpect(redirectedUrl("/console"));
    }

    @Test
    void pausesRecoveryCodeGuessesOfOneClient() throws Exception {
        var member = enrol("ops-0008", Set.of(StaffRole.OPERATIONS), null);
        for (int i = 0; i <= Throttle.FREE_ATTEMPTS; i++) {
            signIn(member.handle(), PASSWORD, "aaaaa-aaaa" + i, GUESSER);
        }
        signIn(member.handle(), PASSWORD, member.recoveryCodes().get(0), GUESSER)
                .andExpect(redirectedUrl("/staff/signin?locked"));
        assertThat(attempts(StaffDirectory.RECOVERY_SIGN_IN_DOMAIN, member.handle(), GUESSER))
                .isEqualTo(Throttle.FREE_ATTEMPTS);
        signIn(member.handle(), PASSWORD, member.recoveryCodes().get(0), "198.51.100.31")
                .andExpect(redirectedUrl("/console"));
    }

    /** Attempts counted for {@code handle} from {@code client}, found by their keyed digests. */
    private int attempts(String domain, String handle, String client) {
        return jdbc.sql("""
                        select attempts from throttle.attempt
                        where identifier_digest = :handle and client_digest = :client""")
                .param("handle", digests.of(domain, handle))
                .param("client", digests.of("throttle-client", client))
                .query(Integer.class)
                .single();
    }

    @Test
    void sendsMerchantStaffToTheirPortal() throws Exception {
        var member = enrol("shop-88-01", Set.of(), 88L);
        signIn(member.handle(), PASSWORD, nextCode(member), new Browser())
                .andExpect(redirectedUrl("/merchant"))
                .andExpect(authenticated().withRoles("MERCHANT"));
    }

    @Test
    void resetAndDisableStopTheOldCredentials() throws Exception {
        var member = enrol("insp-0001", Set.of(StaffRole.INSPECTOR), null);
        var id = jdbc.sql("select id from staff.member where handle = 'insp-0001'")
                .query(java.util.UUID.class)
                .single();
        directory.reset(id);
        signIn(member.handle(), PASSWORD, member.recoveryCodes().get(0), new Browser())
                .andExpect(redirectedUrl("/staff/signin?error"));

        var again = enrolWith(directory.reset(id).token(), new Browser());
        signIn(member.handle(), PASSWORD, nextCode(again), new Browser()).andExpect(redirectedUrl("/console"));
        directory.disable(id);
        signIn(member.handle(), PASSWORD, nextCode(again), new Browser())
                .andExpect(redirectedUrl("/staff/signin?error"));
    }

    @Test
    void refusesBadEnrolmentsWithClearMessages() throws Exception {
        mvc.perform(get("/staff/enroll").param("token", "forged"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("该开通链接无效")));

        var invitation = directory.invite("dpo-0002", Set.of(StaffRole.DPO), null);
        var session = new Browser();
        var secret = secretShown(invitation.token(), session);
        session.perform(post("/staff/enroll")
                        .param("token", invitation.token())
                        .param("password", "short")
                        .param("code", Totp.code(secret, Instant.now()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("至少 12 位")));
        session.perform(post("/staff/enroll")
                        .param("token", invitation.token())
                        .param("password", PASSWORD)
                        .param("code", "12345x")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("验证码不正确")));
        session.perform(post("/staff/enroll")
                        .param("token", invitation.token())
                        .param("password", PASSWORD)
                        .param("code", Totp.code(secret, Instant.now()))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/staff/enroll").param("token", invitation.token())).andExpect(status().isNotFound());
    }

    @Test
    void invitesTheFirstAdministratorThroughAnOwnerOnlyFile() throws Exception {
        // test contexts share the file, so start-up is repeated here for this context's database
        bootstrap.inviteFirstAdministrator();
        var first = Files.readString(enrolmentFile).trim();
        bootstrap.inviteFirstAdministrator();
        var link = Files.readString(enrolmentFile).trim();
        assertThat(link).isNotEqualTo(first);
        assertThat(directory.enrolling(first.substring(first.indexOf("token=") + 6)))
                .isEmpty();
        assertThat(Files.getPosixFilePermissions(enrolmentFile))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(link).contains("/staff/enroll?token=");
        assertThat(directory.enrolling(link.substring(link.indexOf("token=") + 6)))
                .contains(StaffBootstrap.HANDLE);
    }

    private Enrolled enrol(String handle, Set<StaffRole> roles, Long merchantId) throws Exception {
        return enrolWith(
                directory
                        .invite(
                                handle,
                                roles,
                                merchantId == null ? null : new io.escapement.party.MerchantId(merchantId))
                        .token(),
                new Browser());
    }

    private Enrolled enrolWith(String token, Browser session) throws Exception {
        var handle = directory.enrolling(token).orElseThrow();
        var secret = secretShown(token, session);
        var page = session.perform(post("/staff/enroll")
                        .param("token", token)
                        .param("password", PASSWORD)
                        .param("code", Totp.code(secret, Instant.now()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var codes = new ArrayList<String>();
        var matcher = RECOVERY.matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return new Enrolled(handle, secret, codes, token);
    }

    private String secretShown(String token, Browser session) throws Exception {
        var page = session.perform(get("/staff/enroll").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var matcher = SECRET.matcher(page);
        assertThat(matcher.find()).as("the page shows the key").isTrue();
        return matcher.group(1);
    }

    /** The code of the step after the last one accepted, as the app shows it a moment later. */
    private String nextCode(Enrolled member) {
        long last = jdbc.sql("select last_totp_step from staff.member where handle = :handle")
                .param("handle", member.handle())
                .query(Long.class)
                .single();
        return Totp.code(member.secret(), Instant.ofEpochSecond((last + 1) * Totp.STEP.toSeconds()));
    }

    private ResultActions signIn(String handle, String password, String code, String client) throws Exception {
        return mvc.perform(post("/staff/signin")
                .param("handle", handle)
                .param("password", password)
                .param("code", code)
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                })
                .with(csrf()));
    }

    private ResultActions signIn(String handle, String password, String code, Browser session) throws Exception {
        return session.perform(post("/staff/signin")
                .param("handle", handle)
                .param("password", password)
                .param("code", code)
                .with(csrf()));
    }

    /** Requests that keep the session cookie, as a browser does (sessions live in Spring Session). */
    private final class Browser {

        private Cookie session;

        ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
            if (session != null) {
                request.cookie(session);
            }
            var result = mvc.perform(request);
            var issued = result.andReturn().getResponse().getCookie("ESCAPEMENT_SESSION");
            if (issued != null) {
                session = issued;
            }
            return result;
        }
    }
}

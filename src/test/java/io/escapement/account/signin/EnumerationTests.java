package io.escapement.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.Codes;
import io.escapement.account.DevelopmentMailOutbox;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.StaffRole;
import io.escapement.staff.StaffDirectory;
import io.escapement.vault.Totp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Keeps C-1 and P-4: nobody learns from sign-in whether a number, an address or a staff handle has
 * an account, neither from the answer, nor from its work, nor from a lock that only accounts get.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.account.code-spacing=PT0S"})
@AutoConfigureMockMvc
class EnumerationTests {

    static final String PASSWORD = "correct horse battery";
    static final String GUESSER = "203.0.113.44";

    @Autowired
    MockMvc mvc;

    @Autowired
    DevelopmentSmsOutbox sms;

    @Autowired
    DevelopmentMailOutbox mail;

    @Autowired
    PasswordSignIn passwords;

    @Autowired
    StaffDirectory staff;

    @MockitoSpyBean
    PasswordEncoder hasher;

    @Test
    void answersAWrongCodeAlikeForAFreeARegisteredAndACancelledNumber() throws Exception {
        var registered = uniquePhone();
        Codes.signIn(mvc, sms, registered, false);
        var cancelled = uniquePhone();
        var session = Codes.signIn(mvc, sms, cancelled, false);
        mvc.perform(post("/account/cancel").cookie(session).with(csrf())).andExpect(status().isOk());
        var free = uniquePhone();

        var answers = new ArrayList<String>();
        for (var phone : List.of(free, registered, cancelled)) {
            mvc.perform(post("/signin/code").param("phone", phone).with(csrf())).andExpect(status().isOk());
            var code = Codes.lastSentTo(sms, phone);
            var response = mvc.perform(post("/signin")
                            .param("phone", phone)
                            .param("code", code.equals("000000") ? "111111" : "000000")
                            .with(csrf()))
                    .andReturn()
                    .getResponse();
            answers.add(response.getStatus() + " " + withoutNumber(response.getContentAsString(), phone));
        }
        assertThat(answers.get(0)).startsWith("400 ").contains("验证码错误");
        assertThat(answers).containsOnly(answers.get(0));
    }

    @Test
    void throttlesAKnownAndAnUnknownAddressAlikeAfterTheSameWork() throws Exception {
        var known = "known-" + System.nanoTime() + "@example.com";
        register(known);
        var unknown = "unknown-" + System.nanoTime() + "@example.com";

        var forKnown = guessSixTimes(known);
        long hashedForKnown = hasherChecks();
        var forUnknown = guessSixTimes(unknown);
        long hashedForUnknown = hasherChecks();

        assertThat(forKnown).isEqualTo(forUnknown);
        assertThat(forKnown.subList(0, 5)).allMatch(answer -> answer.startsWith("400 "));
        assertThat(forKnown.get(5)).startsWith("429 ").contains("密码登录已暂停");
        assertThat(hashedForKnown)
                .as("one Argon2id check per admitted attempt, whether the address has an account or not")
                .isEqualTo(hashedForUnknown)
                .isEqualTo(5);
    }

    @Test
    void throttlesAKnownAndAnUnknownStaffHandleAlikeAfterTheSameWork() throws Exception {
        var secret = new Base32().encodeToString(new byte[20]);
        var invitation =
                staff.invite("cs-enum-" + System.nanoTime() % 100_000, Set.of(StaffRole.CUSTOMER_SERVICE), null);
        staff.enrol(invitation.token(), PASSWORD + PASSWORD, secret, Totp.code(secret, Instant.now()));

        var forKnown = guessStaffSixTimes(invitation.handle());
        long hashedForKnown = hasherChecks();
        var forUnknown = guessStaffSixTimes("nobody-" + System.nanoTime() % 100_000);
        long hashedForUnknown = hasherChecks();

        assertThat(forKnown).isEqualTo(forUnknown).endsWith("/staff/signin?locked");
        assertThat(forKnown.subList(0, 5)).containsOnly("/staff/signin?error");
        assertThat(hashedForKnown).isEqualTo(hashedForUnknown).isEqualTo(5);
    }

    @Test
    void letsTheOwnerSignInFromAnotherClientWhileAGuesserIsPaused() throws Exception {
        var owner = "owner-" + System.nanoTime() + "@example.com";
        register(owner);
        guessSixTimes(owner);
        mvc.perform(signIn(owner, PASSWORD, GUESSER)).andExpect(status().isTooManyRequests());
        mvc.perform(signIn(owner, PASSWORD, "198.51.100.45")).andExpect(redirectedUrl("/account/privacy"));
    }

    /** Six wrong passwords for staff {@code handle} from the guesser: where each answer leads. */
    private List<String> guessStaffSixTimes(String handle) throws Exception {
        clearInvocations(hasher);
        var answers = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            answers.add(mvc.perform(post("/staff/signin")
                            .param("handle", handle)
                            .param("password", "wrong password " + i)
                            .param("code", "123456")
                            .with(from(GUESSER))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl());
        }
        return answers;
    }

    /** Six wrong passwords for {@code email} from the guesser: each answer's status and page. */
    private List<String> guessSixTimes(String email) throws Exception {
        clearInvocations(hasher);
        var answers = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            var response = mvc.perform(signIn(email, "wrong password " + i, GUESSER))
                    .andReturn()
                    .getResponse();
            answers.add(response.getStatus() + " "
                    + withoutCsrfToken(response.getContentAsString()).replace(email, ""));
        }
        return answers;
    }

    private long hasherChecks() {
        return mockingDetails(hasher).getInvocations().stream()
                .filter(invocation -> invocation.getMethod().getName().equals("matches"))
                .count();
    }

    private void register(String email) {
        var address = EmailAddress.parse(email);
        passwords.register(address);
        passwords.confirmRegistration(address, Codes.lastLinkTo(mail, email), PASSWORD, true);
    }

    private static MockHttpServletRequestBuilder signIn(String email, String password, String client) {
        return post("/signin/email")
                .param("email", email)
                .param("password", password)
                .with(from(client))
                .with(csrf());
    }

    private static RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    private static String withoutNumber(String page, String phone) {
        var number = PhoneNumber.parse(phone);
        return withoutCsrfToken(
                page.replace(number.e164(), "").replace(number.masked(), "").replace(phone, ""));
    }

    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replaceAll("data-csrf-token=\"[^\"]*\"", "");
    }

    private static String uniquePhone() {
        return "137" + String.format("%08d", (int) (Math.random() * 100_000_000));
    }
}

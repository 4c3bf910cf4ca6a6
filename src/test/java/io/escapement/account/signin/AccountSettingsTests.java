package io.escapement.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.AccountPhones;
import io.escapement.account.Codes;
import io.escapement.account.DevelopmentMailOutbox;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.account.minors.RealNameVerification;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.ResidentId;
import io.escapement.testing.MovableClock;
import io.escapement.testing.MovableClockConfiguration;
import io.escapement.testing.ResidueScan;
import io.escapement.vault.PersonalDataVault;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Keeps U-1: the settings hub, the profile masked until the buyer re-authenticates (for five
 * minutes), and changes of mobile number, e-mail address and password, each proven with a code or
 * the current password.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.account.code-spacing=PT0S"})
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class AccountSettingsTests {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    DevelopmentSmsOutbox sms;

    @Autowired
    DevelopmentMailOutbox mail;

    @Autowired
    AccountPhones phones;

    @Autowired
    PhoneSignIn phoneSignIn;

    @Autowired
    PasswordSignIn passwords;

    @Autowired
    RealNameVerification realNames;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    Clock clock;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    @Test
    void hubLinksEverySettingAndOnlyForBuyers() throws Exception {
        mvc.perform(get("/account")).andExpect(redirectedUrl("/signin?next=%2Faccount"));
        var session = signIn(uniquePhone());
        var hub = mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
        for (var page : new String[] {
            "profile", "password", "passkeys", "bindings", "sessions", "privacy", "accesses", "identity", "cancel"
        }) {
            hub.andExpect(content().string(containsString("href=\"/account/" + page + "\"")));
        }
    }

    @Test
    void showsTheProfileMaskedUntilTheBuyerConfirmsWithACodeForFiveMinutes() throws Exception {
        var phone = uniquePhone();
        var session = signIn(phone);
        var buyer = phones.owner(PhoneNumber.parse(phone)).orElseThrow();
        realNames.verify(buyer, PersonName.parse("林黛玉"), ResidentId.parse("11010519491231002X"));
        var masked = PhoneNumber.parse(phone).masked();

        profile(session)
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(phone))))
                .andExpect(content().string(not(containsString("林黛玉"))))
                .andExpect(content().string(containsString("id=\"reauthenticate\"")));

        mvc.perform(post("/account/profile/reauthenticate")
                        .param("code", "000000")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("验证码错误")))
                .andExpect(content().string(not(containsString(phone))));
        mvc.perform(post("/account/profile/reauthenticate/code").cookie(session))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/profile/reauthenticate/code").cookie(session).with(csrf()))
                .andExpect(status().isOk());
        var code = Codes.lastSentTo(sms, phone);
        mvc.perform(post("/account/profile/reauthenticate")
                        .param("code", code)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/profile"));
        profile(session)
                .andExpect(content().string(containsString(phone)))
                .andExpect(content().string(containsString("林黛玉")))
                .andExpect(content().string(containsString("11010519491231002X")));
        mvc.perform(post("/account/profile/reauthenticate")
                        .param("code", code)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest());

        ((MovableClock) clock).advance(Duration.ofMinutes(5).plusSeconds(1));
        profile(session)
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(phone))))
                .andExpect(content().string(not(containsString("11010519491231002X"))));
    }

    @Test
    void confirmsWithThePasswordToo() throws Exception {
        var email = "reveal-" + uniquePhone() + "@example.com";
        passwords.register(EmailAddress.parse(email));
        passwords.confirmRegistration(EmailAddress.parse(email), Codes.lastLinkTo(mail, email), PASSWORD, true);
        var session = signInWithEmail(email, PASSWORD);
        profile(session).andExpect(content().string(not(containsString(email))));
        mvc.perform(post("/account/profile/reauthenticate")
                        .param("password", "not my password")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString(email))));
        mvc.perform(post("/account/profile/reauthenticate")
                        .param("password", PASSWORD)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/profile"));
        profile(session).andExpect(content().string(containsString(email)));
    }

    @Test
    void changesTheMobileNumberOnceTheNewOneProvesItself() throws Exception {
        var old = uniquePhone();
        var session = signIn(old);
        var buyer = phones.owner(PhoneNumber.parse(old)).orElseThrow();
        var replacement = uniquePhone();

        mvc.perform(post("/account/profile/phone/code")
                        .param("phone", "12345")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("11 位数字")));
        mvc.perform(post("/account/profile/phone/code")
                        .param("phone", replacement)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"phone-confirm\"")));
        mvc.perform(change(session, "phone", replacement, "999999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("验证码错误")));
        var code = Codes.lastSentTo(sms, replacement);
        mvc.perform(change(session, "phone", replacement, code)).andExpect(redirectedUrl("/account/profile"));
        // a code works once
        mvc.perform(change(session, "phone", replacement, code)).andExpect(status().isBadRequest());

        assertThat(phones.owner(PhoneNumber.parse(old)))
                .as("the old number no longer finds the account")
                .isEmpty();
        assertThat(phones.owner(PhoneNumber.parse(replacement))).contains(buyer);
        mvc.perform(post("/signin/code").param("phone", replacement).with(csrf()));
        assertThat(phoneSignIn.signIn(PhoneNumber.parse(replacement), Codes.lastSentTo(sms, replacement), false, false))
                .isEqualTo(buyer);
        ResidueScan.of(admin).assertNoneOf(PhoneNumber.parse(replacement).e164(), replacement);
    }

    @Test
    void refusesANumberThatBelongsToAnotherAccount() throws Exception {
        var mine = uniquePhone();
        var theirs = uniquePhone();
        signIn(theirs);
        var session = signIn(mine);
        mvc.perform(post("/account/profile/phone/code")
                .param("phone", theirs)
                .cookie(session)
                .with(csrf()));
        mvc.perform(change(session, "phone", theirs, Codes.lastSentTo(sms, theirs)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("该号码已属于另一个账户")));
        assertThat(phones.owner(PhoneNumber.parse(mine))).isPresent();
        assertThat(phones.owner(PhoneNumber.parse(theirs))).isNotEqualTo(phones.owner(PhoneNumber.parse(mine)));
    }

    @Test
    void addsAnAddressByCodeThenAFirstPasswordOnlyAfterReauthentication() throws Exception {
        var phone = uniquePhone();
        var session = signIn(phone);
        var buyer = phones.owner(PhoneNumber.parse(phone)).orElseThrow();
        var email = "added-" + phone + "@example.com";

        mvc.perform(post("/account/profile/email/code")
                        .param("email", "nope")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/account/profile/email/code")
                        .param("email", email)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"email-confirm\"")));
        mvc.perform(change(session, "email", email, "123456")).andExpect(status().isBadRequest());
        mvc.perform(change(session, "email", email, Codes.lastMailedCodeTo(mail, email)))
                .andExpect(redirectedUrl("/account/profile"));
        assertThat(vault.lookup(EmailCredentials.class, "email", EmailAddress.parse(email)))
                .containsExactly(buyer);
        profile(session)
                .andExpect(content()
                        .string(containsString(EmailAddress.parse(email).masked())));

        mvc.perform(post("/account/password")
                        .param("password", PASSWORD)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("请先在个人资料页确认身份")));
        mvc.perform(post("/account/profile/reauthenticate/code").cookie(session).with(csrf()));
        mvc.perform(post("/account/profile/reauthenticate")
                .param("code", Codes.lastSentTo(sms, phone))
                .cookie(session)
                .with(csrf()));
        mvc.perform(post("/account/password")
                        .param("password", "short")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/account/password")
                        .param("password", PASSWORD)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/password"));
        assertThat(passwords.signIn(EmailAddress.parse(email), PASSWORD, "127.0.0.1"))
                .isEqualTo(buyer);
    }

    @Test
    void refusesAnAddressOfAnotherAccountAfterItsCode() throws Exception {
        var taken = "taken-" + uniquePhone() + "@example.com";
        passwords.register(EmailAddress.parse(taken));
        passwords.confirmRegistration(EmailAddress.parse(taken), Codes.lastLinkTo(mail, taken), PASSWORD, true);
        var session = signIn(uniquePhone());
        mvc.perform(post("/account/profile/email/code")
                        .param("email", taken)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(change(session, "email", taken, Codes.lastMailedCodeTo(mail, taken)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("该邮箱已属于另一个账户")));
    }

    @Test
    void changesThePasswordWithTheCurrentOne() throws Exception {
        var email = "changer-" + uniquePhone() + "@example.com";
        passwords.register(EmailAddress.parse(email));
        passwords.confirmRegistration(EmailAddress.parse(email), Codes.lastLinkTo(mail, email), PASSWORD, true);
        var session = signInWithEmail(email, PASSWORD);
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(content().string(containsString("name=\"current\"")));
        mvc.perform(changePassword(session, "wrong password", "a brand new password"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("邮箱或密码错误")));
        mvc.perform(changePassword(session, PASSWORD, "too short"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("至少需要10位")));
        mvc.perform(post("/account/password")
                        .param("current", PASSWORD)
                        .param("password", "a brand new password")
                        .cookie(session))
                .andExpect(status().isForbidden());
        mvc.perform(changePassword(session, PASSWORD, "a brand new password"))
                .andExpect(redirectedUrl("/account/password"));
        signInWithEmail(email, "a brand new password");
        mvc.perform(post("/signin/email")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    private ResultActions profile(Cookie session) throws Exception {
        return mvc.perform(get("/account/profile").cookie(session)).andExpect(status().isOk());
    }

    /** Confirms the new {@code detail} ({@code phone} or {@code email}) with its code. */
    private static org.springframework.test.web.servlet.RequestBuilder change(
            Cookie session, String detail, String value, String code) {
        return post("/account/profile/" + detail)
                .param(detail, value)
                .param("code", code)
                .cookie(session)
                .with(csrf());
    }

    private static org.springframework.test.web.servlet.RequestBuilder changePassword(
            Cookie session, String current, String replacement) {
        return post("/account/password")
                .param("current", current)
                .param("password", replacement)
                .cookie(session)
                .with(csrf());
    }

    private Cookie signIn(String phone) throws Exception {
        mvc.perform(post("/signin/code").param("phone", phone).with(csrf()));
        return mvc.perform(post("/signin")
                        .param("phone", phone)
                        .param("code", Codes.lastSentTo(sms, phone))
                        .param("acceptsPolicy", "true")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/privacy"))
                .andReturn()
                .getResponse()
                .getCookie("ESCAPEMENT_SESSION");
    }

    private Cookie signInWithEmail(String email, String password) throws Exception {
        return mvc.perform(post("/signin/email")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/privacy"))
                .andReturn()
                .getResponse()
                .getCookie("ESCAPEMENT_SESSION");
    }

    private static String uniquePhone() {
        return "135" + String.format("%08d", (int) (Math.random() * 100_000_000));
    }
}

package io.escapement.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.microsoft.playwright.Page;
import io.escapement.account.signin.OneTimeCodes;
import io.escapement.account.signin.PhoneSignIn;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PhoneNumber;
import io.escapement.testing.BrowserSignIn;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Test support: reads the newest code or link sent to a number or an address from the development outboxes, and signs in with a code. */
public final class Codes {

    private Codes() {}

    /**
     * Signs in in a browser with an SMS code from the development outbox, registering the number
     * with acceptance of the policy on first use, and waits for the privacy settings.
     */
    public static void signIn(Page page, DevelopmentSmsOutbox outbox, String phone) {
        page.navigate("/signin");
        if (page.locator("#cookie-save").isVisible()) {
            page.locator("#cookie-save").click();
        }
        BrowserSignIn.withCode(page, outbox, phone, true);
        page.waitForURL("**/account/privacy");
    }

    /** Registers {@code phone} (or signs it in) through the code service with acceptance of the policy. */
    public static SubjectId registered(
            OneTimeCodes codes, PhoneSignIn phoneSignIn, DevelopmentSmsOutbox outbox, PhoneNumber phone) {
        codes.send(phone, "127.0.0.1");
        return phoneSignIn.signIn(phone, lastSentTo(outbox, phone.nationalNumber()), true, false);
    }

    public static String lastSentTo(DevelopmentSmsOutbox outbox, String phone) {
        return outbox.messages().stream()
                .filter(message -> message.to().equals(PhoneNumber.parse(phone))
                        && message.text().contains("验证码"))
                .findFirst()
                .orElseThrow()
                .text()
                .replaceAll("\\D*(\\d{6}).*", "$1");
    }

    /** The newest message to {@code email}. */
    public static DevelopmentMailOutbox.Mail lastMailTo(DevelopmentMailOutbox outbox, String email) {
        return outbox.messages().stream()
                .filter(message -> message.to().equals(EmailAddress.parse(email)))
                .findFirst()
                .orElseThrow();
    }

    public static String lastMailedCodeTo(DevelopmentMailOutbox outbox, String email) {
        return lastMailTo(outbox, email).text().replaceAll("(?s)\\D*(\\d{6}).*", "$1");
    }

    /** The token of the newest registration link mailed to {@code email}. */
    public static String lastLinkTo(DevelopmentMailOutbox outbox, String email) {
        return lastMailTo(outbox, email).text().replaceAll("(?s).*[?&]token=([A-Za-z0-9_-]+).*", "$1");
    }

    /** Signs in (registering on first use) with a code, wherever sign-in leads; returns the session cookie. */
    public static Cookie signIn(MockMvc mvc, DevelopmentSmsOutbox outbox, String phone) throws Exception {
        return attempt(mvc, outbox, phone, false).andReturn().getResponse().getCookie("ESCAPEMENT_SESSION");
    }

    /**
     * Asks for a code and signs in with it, registering with acceptance of the policy on first use,
     * and expects to land on the privacy settings.
     *
     * @param restore whether to restore a cancelled account in its regret period
     * @return the session cookie
     */
    public static Cookie signIn(MockMvc mvc, DevelopmentSmsOutbox outbox, String phone, boolean restore)
            throws Exception {
        return attempt(mvc, outbox, phone, restore)
                .andExpect(redirectedUrl("/account/privacy"))
                .andReturn()
                .getResponse()
                .getCookie("ESCAPEMENT_SESSION");
    }

    private static ResultActions attempt(MockMvc mvc, DevelopmentSmsOutbox outbox, String phone, boolean restore)
            throws Exception {
        mvc.perform(post("/signin/code").param("phone", phone).with(csrf()));
        return mvc.perform(post("/signin")
                .param("phone", phone)
                .param("code", lastSentTo(outbox, phone))
                .param("acceptsPolicy", "true")
                .param("restore", String.valueOf(restore))
                .with(csrf()));
    }
}

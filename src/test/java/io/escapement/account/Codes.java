package io.escapement.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.escapement.privacy.PhoneNumber;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

/** Test support: reads the newest sign-in code sent to a number from the development outbox, and signs in with it. */
final class Codes {

    private Codes() {}

    static String lastSentTo(DevelopmentSmsOutbox outbox, String phone) {
        return outbox.messages().stream()
                .filter(message -> message.to().equals(PhoneNumber.parse(phone))
                        && message.text().contains("验证码"))
                .findFirst()
                .orElseThrow()
                .text()
                .replaceAll("\\D*(\\d{6}).*", "$1");
    }

    /**
     * Asks for a code and signs in with it, registering with acceptance of the policy on first use.
     *
     * @param restore whether to restore a cancelled account in its regret period
     * @return the session cookie
     */
    static Cookie signIn(MockMvc mvc, DevelopmentSmsOutbox outbox, String phone, boolean restore) throws Exception {
        mvc.perform(post("/signin/code").param("phone", phone).with(csrf()));
        return mvc.perform(post("/signin")
                        .param("phone", phone)
                        .param("code", lastSentTo(outbox, phone))
                        .param("acceptsPolicy", "true")
                        .param("restore", String.valueOf(restore))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/privacy"))
                .andReturn()
                .getResponse()
                .getCookie("ESCAPEMENT_SESSION");
    }
}

package io.escapement.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.escapement.privacy.PhoneNumber;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

/** Test support: reads the newest sign-in code sent to a number from the development outbox. */
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

    /** Signs in (registering on first use) with a code; returns the session cookie. */
    static Cookie signIn(MockMvc mvc, DevelopmentSmsOutbox outbox, String phone) throws Exception {
        mvc.perform(post("/signin/code").param("phone", phone).with(csrf()));
        return mvc.perform(post("/signin")
                        .param("phone", phone)
                        .param("code", lastSentTo(outbox, phone))
                        .param("acceptsPolicy", "true")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getCookie("ESCAPEMENT_SESSION");
    }
}

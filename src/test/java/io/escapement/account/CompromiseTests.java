package io.escapement.account;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.escapement.privacy.PhoneNumber;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Keeps P-11: the owner locks a compromised account, every session ends, security gets a priority case. */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.account.code-spacing=PT0S"})
@AutoConfigureMockMvc
class CompromiseTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    Accounts accounts;

    @Value("${escapement.console.password-file}")
    Path passwordFile;

    @Test
    void locksTheAccountEndsEverySessionAndOpensAPriorityCase() throws Exception {
        var phone = "13177770001";
        var laptop = signIn(phone);
        var mobile = signIn(phone);
        mvc.perform(post("/account/compromised").cookie(laptop).with(csrf()))
                .andExpect(content().string(containsString("id=\"case-opened\"")));
        mvc.perform(get("/account/privacy").cookie(mobile)).andExpect(redirectedUrl("/signin"));
        mvc.perform(post("/signin/code").param("phone", phone).with(csrf()));
        mvc.perform(post("/signin")
                        .param("phone", phone)
                        .param("code", Codes.lastSentTo(outbox, phone))
                        .with(csrf()))
                .andExpect(content().string(containsString("安全团队会与您联系")));
        var account = accounts.find(PhoneNumber.parse(phone)).orElseThrow();
        mvc.perform(get("/console/security")
                        .with(httpBasic("admin", Files.readString(passwordFile).trim())))
                .andExpect(content().string(containsString(account.toString())))
                .andExpect(content().string(containsString("HIGH")));
    }

    private jakarta.servlet.http.Cookie signIn(String phone) throws Exception {
        return Codes.signIn(mvc, outbox, phone);
    }
}

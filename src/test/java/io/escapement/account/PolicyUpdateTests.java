package io.escapement.account;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.escapement.policy.DraftPolicyVersion;
import io.escapement.policy.MaterialChange;
import io.escapement.policy.PolicyVersions;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * N-3 for buyers: a material version may be accepted early, and must be accepted at the next sign-in
 * once in effect. Its notice by SMS (N-2) is {@link PolicyNoticeTests}.
 */
@SpringBootTest(
        properties = {
            "escapement.demo.listings=0",
            "escapement.account.code-spacing=PT0.1S",
            "escapement.test.context=policy-update"
        })
@AutoConfigureMockMvc
class PolicyUpdateTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    PolicyVersions versions;

    @Test
    void announcesAMaterialChangeOffersEarlyOptInAndAsksAgainAtSignIn() throws Exception {
        var early = "13411112222";
        var late = "13433334444";
        var earlySession = signIn(early);
        signIn(late);

        var next = versions.draft(new DraftPolicyVersion(
                Set.of(MaterialChange.MAIN_RECIPIENTS), false, "新增境外品牌售后伙伴。", "Adds an overseas partner."));
        versions.publish(next.number(), Instant.now().plusMillis(1_500));

        mvc.perform(get("/account/policy").cookie(earlySession))
                .andExpect(content().string(containsString("id=\"accept-early\"")));
        mvc.perform(post("/account/policy")
                        .param("version", String.valueOf(next.number()))
                        .param("early", "true")
                        .cookie(earlySession)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/policy"));

        Thread.sleep(1_600);
        signInExpecting(late, "/account/policy");
        signInExpecting(early, "/account/privacy");
        var lateSession = signInExpecting(late, "/account/policy");
        mvc.perform(get("/account/policy").cookie(lateSession))
                .andExpect(content().string(containsString("/privacy/v/" + next.number() + "/changes")));
        mvc.perform(post("/account/policy")
                        .param("version", String.valueOf(next.number()))
                        .cookie(lateSession)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/policy"));
        signInExpecting(late, "/account/privacy");
    }

    private Cookie signIn(String phone) throws Exception {
        return Codes.signIn(mvc, outbox, phone);
    }

    private Cookie signInExpecting(String phone, String landing) throws Exception {
        Thread.sleep(150);
        mvc.perform(post("/signin/code").param("phone", phone).with(csrf()));
        return mvc.perform(post("/signin")
                        .param("phone", phone)
                        .param("code", Codes.lastSentTo(outbox, phone))
                        .with(csrf()))
                .andExpect(redirectedUrl(landing))
                .andReturn()
                .getResponse()
                .getCookie("ESCAPEMENT_SESSION");
    }
}

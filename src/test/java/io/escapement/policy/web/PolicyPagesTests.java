package io.escapement.policy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.platform.web.SessionCookie;
import io.escapement.policy.DraftPolicyVersion;
import io.escapement.policy.MaterialChange;
import io.escapement.policy.PolicyVersion;
import io.escapement.policy.PolicyVersions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Keeps N-4 on the web: the policy in effect, any published version, a readable 404 for the rest,
 * and the same document as JSON. Publishes a version that takes effect a moment later (so version
 * 1 becomes an old version), one announced for next month, and a draft.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.test.context=policy-pages"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PolicyVersions versions;

    PolicyVersion current;
    PolicyVersion upcoming;
    PolicyVersion draft;

    @BeforeAll
    void publishVersions() throws InterruptedException {
        var now = Instant.now();
        int latest = versions.published().get(versions.published().size() - 1).number();
        var latestEffective = versions.version(latest).orElseThrow().effectiveAt();
        var effective = (latestEffective.isAfter(now) ? latestEffective : now).plusMillis(400);
        current = versions.publish(
                versions.draft(DraftPolicyVersion.minor("补充了 Cookie 清单。", "Adds the cookie inventory."))
                        .number(),
                effective);
        upcoming = versions.publish(
                versions.draft(new DraftPolicyVersion(
                                Set.of(MaterialChange.MAIN_RECIPIENTS),
                                false,
                                "新增境外鉴定合作方。",
                                "Adds an authentication partner abroad."))
                        .number(),
                effective.plus(Duration.ofDays(30)));
        draft = versions.draft(DraftPolicyVersion.minor("尚未发布。", "Not published yet."));
        while (versions.effectiveVersion(Instant.now()) != current.number()) {
            Thread.sleep(50);
        }
    }

    @Test
    void showsTheVersionInEffectInChineseByDefault() throws Exception {
        mvc.perform(get("/privacy"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Escapement 隐私政策"),
                                containsString("第 " + current.number() + " 版"),
                                containsString(current.publishedOn().zh()),
                                containsString(current.effectiveOn().zh()),
                                containsString("商家联系人的手机号码"),
                                not(containsString("merchant.MerchantContact.phone")),
                                containsString("顺丰速运有限公司"),
                                containsString("友盟推送SDK"),
                                containsString(SessionCookie.NAME),
                                containsString("不保存任何面部图像"),
                                containsString("中国大陆境内"),
                                containsString("擒纵（上海）信息科技有限公司"),
                                containsString("15 天内"))))
                .andExpect(content().string(containsString("id=\"privacy-policy-link\"")))
                .andExpect(content().string(not(containsString("id=\"not-in-effect\""))));
    }

    @Test
    void showsTheVersionInEnglishOnRequest() throws Exception {
        mvc.perform(get("/privacy").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Escapement privacy policy"),
                                containsString("Version " + current.number()),
                                containsString(current.effectiveOn().en()),
                                containsString("Cookies and similar technologies"),
                                containsString("never receive or keep a picture of your face"),
                                containsString("href=\"/privacy?lang=zh-CN\""))));
    }

    @Test
    void listsThePublishedVersionsAndAnnouncesTheUpcomingOne() throws Exception {
        mvc.perform(get("/privacy").param("lang", "en"))
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/privacy/v/1\""),
                                containsString("href=\"/privacy/v/" + upcoming.number() + "\""),
                                containsString("takes effect on "
                                        + upcoming.effectiveOn().en()),
                                not(containsString("href=\"/privacy/v/" + draft.number() + "\"")))));
    }

    @Test
    void showsAnOldVersionAsItWasPublished() throws Exception {
        var html = mvc.perform(get("/privacy/v/1").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"not-in-effect\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("This is version 1 of this policy").contains("The first version.");
        mvc.perform(get("/privacy/v/" + upcoming.number()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新增境外鉴定合作方。")))
                .andExpect(content()
                        .string(containsString(
                                MaterialChange.MAIN_RECIPIENTS.label().zh())));
    }

    @Test
    void answersUnknownDraftAndMalformedVersionsWithAReadableNotFound() throws Exception {
        for (var number : new String[] {"999", String.valueOf(draft.number()), "0", "-3", "abc", "99999999999"}) {
            mvc.perform(get("/privacy/v/{n}", number).param("lang", "en"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("No such version of the privacy policy")))
                    .andExpect(content().string(containsString("href=\"/privacy/v/1\"")));
        }
        mvc.perform(get("/privacy/v/abc"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("找不到该版本的隐私政策")));
    }

    @Test
    void servesThePolicyAsJson() throws Exception {
        mvc.perform(get("/api/v1/privacy/policy"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(current.number()))
                .andExpect(jsonPath("$.language").value("zh-CN"))
                .andExpect(jsonPath("$.sections[*].id", hasItem("cookies")))
                .andExpect(jsonPath(
                        "$.sections[?(@.id == 'cookies')].blocks[?(@.type == 'table')].rows[*][0]",
                        hasItem(SessionCookie.NAME)));
        mvc.perform(get("/api/v1/privacy/policy").param("lang", "en").param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.title").value("Escapement privacy policy"))
                .andExpect(jsonPath(
                        "$.sections[?(@.id == 'recipients')].blocks[?(@.type == 'table')].rows[*][1]",
                        hasItem("顺丰速运有限公司")));
    }

    @Test
    void explainsBadRequestsToTheApi() throws Exception {
        mvc.perform(get("/api/v1/privacy/policy").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("请用 zh-CN 或 en")));
        mvc.perform(get("/api/v1/privacy/policy")
                        .param("version", String.valueOf(draft.number()))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("no published version " + draft.number())));
        mvc.perform(get("/api/v1/privacy/policy").param("version", "latest"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("“latest”不是参数 version 的有效值：应为整数")));
    }
}

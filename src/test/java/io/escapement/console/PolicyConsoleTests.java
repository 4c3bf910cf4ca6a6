package io.escapement.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.policy.PolicyVersions;
import io.escapement.privacy.StaffRole;
import io.escapement.testing.Staff;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff publish a material version; every page then announces it and shows what changed (N-1, N-2). */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.test.context=policy-console"})
@AutoConfigureMockMvc
class PolicyConsoleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PolicyVersions versions;

    @Test
    void draftsPublishesAndAnnouncesAMaterialVersion() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(not(containsString("id=\"policy-banner\""))));
        mvc.perform(post("/console/policy/drafts")
                        .with(officer())
                        .with(csrf())
                        .param("summaryZh", "新增境外品牌售后鉴定服务。")
                        .param("summaryEn", "Adds an overseas brand service partner.")
                        .param("materialChanges", "MAIN_RECIPIENTS"))
                .andExpect(flash().attribute("message", containsString("drafted")));
        int draft = versions.all().get(0).number();

        mvc.perform(post("/console/policy/{n}/publish", draft)
                        .with(officer())
                        .with(csrf())
                        .param("effectiveOn", "2020-01-01"))
                .andExpect(flash().attribute("problem", containsString("after")));
        var effectiveOn = LocalDate.now().plusDays(30);
        mvc.perform(post("/console/policy/{n}/publish", draft)
                        .with(officer())
                        .with(csrf())
                        .param("effectiveOn", effectiveOn.toString()))
                .andExpect(flash().attribute("message", containsString("published")));

        mvc.perform(get("/watches"))
                .andExpect(content().string(containsString("id=\"policy-banner\"")))
                .andExpect(content().string(containsString(effectiveOn.toString())))
                .andExpect(content().string(containsString("/privacy/v/" + draft + "/changes")));
        mvc.perform(get("/privacy/v/{n}/changes", draft).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Adds an overseas brand service partner.")))
                .andExpect(content().string(containsString("class=\"added\"")));
    }

    @Test
    void explainsBadInput() throws Exception {
        mvc.perform(post("/console/policy/drafts")
                        .with(officer())
                        .with(csrf())
                        .param("summaryZh", " ")
                        .param("summaryEn", "x"))
                .andExpect(flash().attribute("problem", containsString("Chinese and in English")));
        mvc.perform(post("/console/policy/{n}/publish", 9999)
                        .with(officer())
                        .with(csrf())
                        .param("effectiveOn", "2099-01-01"))
                .andExpect(flash().attribute("problem", containsString("9999")));
        mvc.perform(post("/console/policy/{n}/publish", 1).with(officer()).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("Give the date")));
        mvc.perform(get("/privacy/v/{n}/changes", 9999)).andExpect(status().isNotFound());
        mvc.perform(get("/console/policy")).andExpect(redirectedUrl("/staff/signin"));
        mvc.perform(get("/console/policy").with(Staff.as(StaffRole.ADMINISTRATOR, StaffRole.SECURITY)))
                .andExpect(status().isForbidden());
    }

    @Test
    void publishesTheNextVersionOfTheTermsOnceItsTextIsWritten() throws Exception {
        mvc.perform(get("/console/policy").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"terms-versions\"")))
                .andExpect(content().string(containsString("Publish version 2 of the terms")));
        mvc.perform(post("/console/policy/terms/publish")
                        .with(officer())
                        .with(csrf())
                        .param("summaryZh", "测试。")
                        .param("summaryEn", "Test.")
                        .param("effectiveOn", "2020-01-01"))
                .andExpect(flash().attribute("problem", containsString("published before it takes effect")));
        mvc.perform(post("/console/policy/terms/publish")
                        .with(officer())
                        .with(csrf())
                        .param("summaryZh", "测试。")
                        .param("summaryEn", "Test."))
                .andExpect(flash().attribute("problem", containsString("Give the date")));
        var effectiveOn = LocalDate.now().plusDays(30);
        mvc.perform(post("/console/policy/terms/publish")
                        .with(officer())
                        .with(csrf())
                        .param("summaryZh", "测试。")
                        .param("summaryEn", "Test.")
                        .param("effectiveOn", effectiveOn.toString()))
                .andExpect(flash().attribute("message", containsString("Version 2 of the terms published")));

        mvc.perform(get("/terms/v/2").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("test version 2")));
        mvc.perform(get("/terms"))
                .andExpect(content().string(containsString("第 1 版")))
                .andExpect(content().string(containsString("即将生效")));
        mvc.perform(get("/console/policy").with(officer()))
                .andExpect(content().string(containsString("id=\"terms-unwritten\"")));
        mvc.perform(post("/console/policy/terms/publish")
                        .with(Staff.as(StaffRole.ADMINISTRATOR, StaffRole.SECURITY))
                        .with(csrf())
                        .param("summaryZh", "测试。")
                        .param("summaryEn", "Test.")
                        .param("effectiveOn", effectiveOn.plusDays(1).toString()))
                .andExpect(status().isForbidden());
    }

    /** The protection officer, who alone drafts and publishes policy versions. */
    private static RequestPostProcessor officer() {
        return Staff.as(StaffRole.DPO);
    }
}

package io.escapement.policy.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The terms of service on the web (ADR 42): the version in effect at {@code /terms} in Chinese and
 * English, any published version at {@code /terms/v/{n}}, a readable 404 for the rest, and the link
 * beside the privacy policy's in every page's footer.
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class TermsPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheTermsInEffectInChineseWithTheOperatorsContactAndTheirVersions() throws Exception {
        mvc.perform(get("/terms"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Escapement 用户协议"),
                                containsString("第 1 版"),
                                containsString("起生效"),
                                containsString("2. 平台做什么"),
                                containsString("七日内无理由退货"),
                                containsString("尚未上线"),
                                containsString("中华人民共和国法律"),
                                containsString("service@escapement.example"),
                                containsString("href=\"/terms/v/1\""),
                                containsString("href=\"/privacy\""),
                                not(containsString("{company}")),
                                not(containsString("{email}")))));
    }

    @Test
    void showsTheTermsInEnglish() throws Exception {
        mvc.perform(get("/terms").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Escapement terms of service"),
                                containsString("Version 1"),
                                containsString("2. What the platform does"),
                                containsString("held in escrow"),
                                containsString("within seven days"),
                                containsString("not live yet"),
                                containsString("People&#39;s Republic of China"),
                                not(containsString("{phone}")))));
        mvc.perform(get("/terms/v/1").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Escapement terms of service")));
    }

    @Test
    void answersAnUnknownOrMalformedVersionWithAReadable404() throws Exception {
        for (var number : new String[] {"99", "0", "abc", "1.5"}) {
            mvc.perform(get("/terms/v/" + number))
                    .andExpect(status().isNotFound())
                    .andExpect(content()
                            .string(allOf(containsString("找不到该版本的用户协议"), containsString("href=\"/terms/v/1\""))));
        }
    }

    @Test
    void linksTheTermsBesideThePrivacyPolicyInTheFooter() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"privacy-policy-link\""),
                                containsString("id=\"terms-link-footer\""),
                                containsString(">用户协议</a>"))));
        mvc.perform(get("/privacy").param("lang", "en"))
                .andExpect(content().string(containsString(">Terms of service</a>")));
    }
}

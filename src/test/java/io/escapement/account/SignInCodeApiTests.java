package io.escapement.account;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class SignInCodeApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void sendsACodeAndAnswersASecondRequestWith429AndRetryAfterInTheBuyersLanguage() throws Exception {
        mvc.perform(send("{\"phone\":\"+86 137 0000 1234\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.expiresInSeconds").value(300));
        mvc.perform(send("{\"phone\":\"13700001234\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("该号码获取验证码过于频繁")));
        mvc.perform(post("/api/v1/auth/sms-codes")
                        .queryParam("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\":\"13700001234\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail", containsString("Wait a minute")));
    }

    @Test
    void explainsABadNumber() throws Exception {
        for (var body : new String[] {"{\"phone\":\"010-12345678\"}", "{\"phone\":null}", "{}"}) {
            mvc.perform(send(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("手机号码")));
        }
        mvc.perform(send("{\"phone\":\"010-12345678\"}").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("A mainland mobile number has 11 digits")));
        mvc.perform(send("not json")).andExpect(status().isBadRequest());
    }

    @Test
    void hidesTheDevelopmentOutboxOutsideTheDevProfile() throws Exception {
        mvc.perform(get("/dev/sms")).andExpect(status().isNotFound());
        mvc.perform(get("/dev/mail")).andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder send(String body) {
        return post("/api/v1/auth/sms-codes")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}

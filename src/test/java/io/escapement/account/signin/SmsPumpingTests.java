package io.escapement.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.privacy.PhoneNumber;
import io.escapement.testing.MovableClock;
import io.escapement.testing.MovableClockConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Keeps C-1 against SMS pumping: SMS codes within a budget per client address and hour, and for everyone per minute. */
@SpringBootTest(
        properties = {
            "escapement.demo.listings=0",
            "escapement.account.sms.per-client-per-hour=20",
            "escapement.account.sms.global-per-minute=30"
        })
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class SmsPumpingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    @Autowired
    DevelopmentSmsOutbox outbox;

    static int nextNumber = (int) (Math.random() * 1_000_000);

    @BeforeEach
    void freshWindows() {
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void refusesAClientThatSendsCodesToManyNumbersButServesAnother() throws Exception {
        var answers = new ArrayList<Integer>();
        var refused = new ArrayList<PhoneNumber>();
        for (int i = 0; i < 25; i++) {
            var phone = nextPhone();
            answers.add(mvc.perform(send(phone, "203.0.113.50"))
                    .andReturn()
                    .getResponse()
                    .getStatus());
            if (i >= 20) {
                refused.add(PhoneNumber.parse(phone));
            }
        }
        assertThat(answers.subList(0, 20)).containsOnly(202);
        assertThat(answers.subList(20, 25)).containsOnly(429);
        assertThat(outbox.messages())
                .as("no code went to a refused number")
                .noneMatch(message -> refused.contains(message.to()));
        mvc.perform(send(nextPhone(), "203.0.113.50"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("您所在的网络获取验证码过于频繁")));
        mvc.perform(send(nextPhone(), "203.0.113.50").queryParam("lang", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail", containsString("from your network")));
        mvc.perform(post("/signin/code")
                        .param("phone", nextPhone())
                        .with(from("203.0.113.50"))
                        .with(csrf()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("您所在的网络获取验证码过于频繁")));

        mvc.perform(send(nextPhone(), "198.51.100.51")).andExpect(status().isAccepted());
    }

    @Test
    void refusesEveryoneOnceTheMinutesBudgetIsSpent() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(send(nextPhone(), "192.0.2." + i)).andExpect(status().isAccepted());
        }
        mvc.perform(send(nextPhone(), "192.0.2.200"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail", containsString("当前发送验证码的请求过多")));
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(send(nextPhone(), "192.0.2.200")).andExpect(status().isAccepted());
    }

    private static MockHttpServletRequestBuilder send(String phone, String client) {
        return post("/api/v1/auth/sms-codes")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"phone\":\"" + phone + "\"}")
                .with(from(client));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    private static String nextPhone() {
        return "139" + String.format("%08d", nextNumber++ % 100_000_000);
    }
}

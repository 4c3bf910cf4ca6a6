package io.escapement.account;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The development outboxes show what the SMS and e-mail gateways would have sent, in the dev profile. */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
@ActiveProfiles("dev")
class DevelopmentOutboxPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DevelopmentSmsOutbox sms;

    @Autowired
    DevelopmentMailOutbox mail;

    @Test
    void showsTheMessagesNewestFirst() throws Exception {
        sms.send(PhoneNumber.parse("13812345678"), "first text");
        sms.send(PhoneNumber.parse("13812345678"), "second text");
        mail.send(EmailAddress.parse("dev@example.com"), "Hello subject", "mail body");
        mvc.perform(get("/dev/sms"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SMS outbox")))
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder("second text", "first text")));
        mvc.perform(get("/dev/mail"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("E-mail outbox")))
                .andExpect(content().string(containsString("Hello subject")))
                .andExpect(content().string(containsString("mail body")));
    }
}

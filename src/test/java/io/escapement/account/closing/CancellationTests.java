package io.escapement.account.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.AccountPhones;
import io.escapement.account.Codes;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.consent.Channel;
import io.escapement.consent.Consents;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import io.escapement.vault.PersonalDataVault;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Keeps U-11, C-12, U-10 and R-3: cancel with a regret period, restore within it, purge for good. */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.account.code-spacing=PT0S"})
@AutoConfigureMockMvc
class CancellationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    AccountPhones phones;

    @Autowired
    Consents consents;

    @Autowired
    Cancellation cancellation;

    @Autowired
    AccountPurge purge;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    JdbcClient jdbc;

    @Test
    void cancelsWithARegretPeriodAndRestoresOnSignIn() throws Exception {
        var phone = "13322220001";
        var session = Codes.signIn(mvc, outbox, phone, false);
        var buyer = phones.owner(PhoneNumber.parse(phone)).orElseThrow();
        consents.grant(buyer, Purpose.PERSONALISATION, 1, Channel.WEB, "privacy settings");

        mvc.perform(get("/account/cancel").cookie(session))
                .andExpect(content().string(containsString("id=\"cancel-with-regret\"")));
        mvc.perform(post("/account/cancel").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"cancelled\"")));
        assertThat(cancellation.isPendingDeletion(buyer)).isTrue();
        assertThat(consents.current(buyer, Instant.now())).doesNotContainValue(true);
        mvc.perform(get("/account/privacy").cookie(session))
                .andExpect(redirectedUrl("/signin?next=%2Faccount%2Fprivacy"));
        assertThat(vault.isErased(buyer))
                .as("nothing is deleted during the regret period")
                .isFalse();
        assertThat(purge.purgeDue()).isZero();

        mvc.perform(post("/signin/code").param("phone", phone).with(csrf()));
        mvc.perform(post("/signin")
                        .param("phone", phone)
                        .param("code", Codes.lastSentTo(outbox, phone))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"restore-account\"")));
        signInWithExistingCode(phone, true);
        assertThat(cancellation.isPendingDeletion(buyer)).isFalse();
        assertThat(phones.owner(PhoneNumber.parse(phone))).contains(buyer);
    }

    @Test
    void purgesAtOnceWhenTheBuyerWaivesTheRegretPeriod() throws Exception {
        var phone = "13322220002";
        var session = Codes.signIn(mvc, outbox, phone, false);
        var buyer = phones.owner(PhoneNumber.parse(phone)).orElseThrow();
        mvc.perform(post("/account/cancel")
                        .param("waive", "true")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(content().string(containsString("个人信息已删除")));
        assertThat(vault.isErased(buyer)).isTrue();
        assertThat(phones.owner(PhoneNumber.parse(phone))).isEmpty();
        assertThat(jdbc.sql("select count(*) from account.account where subject_id = :id")
                        .param("id", buyer.value())
                        .query(Long.class)
                        .single())
                .isZero();
        Codes.signIn(mvc, outbox, phone, false);
        assertThat(phones.owner(PhoneNumber.parse(phone))).isPresent().get().isNotEqualTo(buyer);
    }

    @Test
    void explainsWhatBlocksTheCancellation() throws Exception {
        var phone = "13322220004";
        var session = Codes.signIn(mvc, outbox, phone, false);
        blocked = true;
        try {
            mvc.perform(get("/account/cancel").cookie(session))
                    .andExpect(content().string(containsString("id=\"blockers\"")))
                    .andExpect(content().string(containsString("或在付款前取消")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"cancel-now\""))));
            var buyer = phones.owner(PhoneNumber.parse(phone)).orElseThrow();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> cancellation.cancel(buyer, true))
                    .hasMessageContaining("cannot be cancelled yet");
            assertThat(vault.isErased(buyer)).isFalse();
        } finally {
            blocked = false;
        }
    }

    static volatile boolean blocked;

    /** A module with an open order for every account while {@link #blocked} is set. */
    @org.springframework.boot.test.context.TestConfiguration
    static class OpenOrders {
        @org.springframework.context.annotation.Bean
        io.escapement.account.spi.CancellationBlocker openOrders() {
            return account -> blocked ? java.util.List.of("cancel.blocker.openOrder") : java.util.List.of();
        }
    }

    private void signInWithExistingCode(String phone, boolean restore) throws Exception {
        mvc.perform(post("/signin")
                        .param("phone", phone)
                        .param("code", Codes.lastSentTo(outbox, phone))
                        .param("restore", String.valueOf(restore))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/privacy"));
    }
}

package io.escapement.account.closing;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.account.AccountModuleTest;
import io.escapement.account.AccountPhones;
import io.escapement.account.Codes;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.account.signin.OneTimeCodes;
import io.escapement.account.signin.PhoneSignIn;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.SubjectErased;
import io.escapement.vault.SubjectId;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/**
 * R-3 as a flow: a cancelled account is purged, the vault publishes {@link SubjectErased}, and the
 * listeners of the modules the account depends on erase what they hold (here the policy
 * acceptances).
 */
@AccountModuleTest
class AccountErasureFlowTests {

    @Autowired
    OneTimeCodes codes;

    @Autowired
    AccountPhones phones;

    @Autowired
    PhoneSignIn phoneSignIn;

    @Autowired
    Cancellation cancellation;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void cancellingWithoutRegretPeriodErasesTheBuyerInEveryListeningModule(Scenario scenario) {
        var phone = PhoneNumber.parse("13466667777");
        var buyer = Codes.registered(codes, phoneSignIn, outbox, phone);
        assertThat(acceptances(buyer)).as("the policy accepted at registration").isPositive();

        scenario.stimulate(() -> cancellation.cancel(buyer, true))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForEventOfType(SubjectErased.class)
                .matching(erased -> erased.subject().equals(buyer.value()))
                .toArriveAndVerify(erased -> assertThat(phones.owner(phone)).isEmpty());
        scenario.stimulate(() -> {})
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> acceptances(buyer), count -> count == 0)
                .andVerify(count -> assertThat(count)
                        .as("acceptances erased by the policy module")
                        .isZero());
    }

    private long acceptances(SubjectId buyer) {
        return jdbc.sql("select count(*) from policy.acceptance where subject = :subject")
                .param("subject", buyer.value())
                .query(Long.class)
                .single();
    }
}

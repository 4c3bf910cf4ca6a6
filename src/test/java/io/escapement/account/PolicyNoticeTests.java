package io.escapement.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.policy.DraftPolicyVersion;
import io.escapement.policy.MaterialChange;
import io.escapement.policy.PolicyVersions;
import io.escapement.privacy.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/** N-2 as a flow: publishing a material version of the policy sends its notice to every active account. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = {"escapement.account.code-spacing=PT0S", "escapement.test.context=policy-notice"})
class PolicyNoticeTests {

    @Autowired
    PolicyVersions versions;

    @Autowired
    OneTimeCodes codes;

    @Autowired
    Accounts accounts;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Test
    void sendsTheNoticeOfAMaterialVersionToEveryActiveAccount(Scenario scenario) {
        var buyers = List.of(PhoneNumber.parse("13455556666"), PhoneNumber.parse("13477778888"));
        buyers.forEach(this::register);
        var draft = versions.draft(new DraftPolicyVersion(
                Set.of(MaterialChange.MAIN_RECIPIENTS), false, "新增境外表壳修复伙伴。", "Adds an overseas case restorer."));
        var notice = "第" + draft.number() + "版";

        scenario.stimulate(() -> versions.publish(draft.number(), Instant.now().plus(30, ChronoUnit.DAYS)))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> noticesTo(buyers, notice), count -> count >= buyers.size())
                .andVerify(count -> assertThat(count)
                        .as("one notice to each active account")
                        .isEqualTo(buyers.size()));
    }

    private long noticesTo(List<PhoneNumber> buyers, String notice) {
        return outbox.messages().stream()
                .filter(message ->
                        buyers.contains(message.to()) && message.text().contains(notice))
                .count();
    }

    private void register(PhoneNumber phone) {
        codes.send(phone, "203.0.113.9");
        var code = Codes.lastSentTo(outbox, phone.nationalNumber());
        accounts.signIn(phone, code, true, false);
    }
}

package io.escapement.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.account.signin.OneTimeCodes;
import io.escapement.account.signin.PhoneSignIn;
import io.escapement.policy.DraftPolicyVersion;
import io.escapement.policy.MaterialChange;
import io.escapement.policy.MaterialVersionPublished;
import io.escapement.policy.PolicyVersions;
import io.escapement.privacy.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.Scenario;

/** N-2 as a flow: publishing a material version of the policy sends its notice to every active account. */
@AccountModuleTest
class PolicyNoticeTests {

    @Autowired
    PolicyVersions versions;

    @Autowired
    OneTimeCodes codes;

    @Autowired
    PhoneSignIn phoneSignIn;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    CompletedEventPublications completed;

    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void sendsTheNoticeOfAMaterialVersionToEveryActiveAccount(Scenario scenario) {
        var buyers = List.of(PhoneNumber.parse("13455556666"), PhoneNumber.parse("13477778888"));
        buyers.forEach(buyer -> Codes.registered(codes, phoneSignIn, outbox, buyer));
        var draft = versions.draft(new DraftPolicyVersion(
                Set.of(MaterialChange.MAIN_RECIPIENTS), false, "新增境外表壳修复伙伴。", "Adds an overseas case restorer."));
        var notice = "第" + draft.number() + "版";

        scenario.stimulate(() -> versions.publish(draft.number(), Instant.now().plus(30, ChronoUnit.DAYS)))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> noticeCompleted(draft.number()), Boolean::booleanValue)
                .andVerify(completed -> assertThat(noticesTo(buyers, notice))
                        .as("one notice to each active account")
                        .isEqualTo(buyers.size()));

        // What a restart does: outstanding publications go out again. This one is done and stays so.
        incomplete.resubmitIncompletePublications(
                publication -> publication.getEvent() instanceof MaterialVersionPublished);
        assertThat(noticesTo(buyers, notice)).as("sent once").isEqualTo(buyers.size());
    }

    private boolean noticeCompleted(int version) {
        return completed.findAll().stream()
                .anyMatch(publication -> publication.getEvent().equals(new MaterialVersionPublished(version)));
    }

    private long noticesTo(List<PhoneNumber> buyers, String notice) {
        return outbox.messages().stream()
                .filter(message ->
                        buyers.contains(message.to()) && message.text().contains(notice))
                .count();
    }
}

package io.escapement.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.policy.DraftPolicyVersion;
import io.escapement.policy.PolicyVersions;
import io.escapement.privacy.Purpose;
import io.escapement.testing.Bundles;
import io.escapement.vault.PersonalDataVault;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Consent decisions name the policy shown: never a forged version, never an outdated one. */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.test.context=policy-versions"})
class ConsentPolicyVersionTests {

    @Autowired
    Consents consents;

    @Autowired
    PolicyVersions versions;

    @Autowired
    PersonalDataVault vault;

    @Test
    void refusesForgedAndOutdatedPolicyVersionsButAcceptsAnEarlyOptIn() throws InterruptedException {
        var buyer = vault.newSubject("buyer");
        assertThatThrownBy(() -> consents.grant(buyer, Purpose.LOCATION, 99, Channel.API, "app v3 dialog"))
                .isInstanceOf(ConsentRefused.class)
                .satisfies(refused -> assertThat(Bundles.english(refused)).contains("never published"));

        var next = versions.draft(DRAFT);
        assertThatThrownBy(() -> consents.grant(buyer, Purpose.LOCATION, next.number(), Channel.API, "app v3"))
                .satisfies(refused -> assertThat(Bundles.english(refused)).contains("never published"));

        versions.publish(next.number(), Instant.now().plusMillis(1_500));
        assertThat(consents.grant(buyer, Purpose.LOCATION, next.number(), Channel.WEB, "early opt-in")
                        .granted())
                .isTrue();

        Thread.sleep(1_600);
        assertThatThrownBy(() -> consents.revoke(buyer, Purpose.LOCATION, 1, Channel.WEB, "old app screen"))
                .isInstanceOf(ConsentRefused.class)
                .satisfies(refused -> assertThat(Bundles.english(refused)).contains("out of date"));
    }

    static final DraftPolicyVersion DRAFT = new DraftPolicyVersion(Set.of(), false, "措辞更清晰", "Clearer wording");
}

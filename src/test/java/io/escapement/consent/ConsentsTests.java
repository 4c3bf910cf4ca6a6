package io.escapement.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import io.escapement.testing.Bundles;
import io.escapement.vault.AccessDenied;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps C-8 (ledger and guard), C-9, C-15 and U-10. */
@SpringBootTest(properties = "escapement.demo.listings=0")
class ConsentsTests {

    /** Declared interests feed personalised recommendations, which rest on consent. */
    record Interests(
            @PersonalData(category = Category.USER_BROWSING, purposes = Purpose.PERSONALISATION, retention = "P1M")
            String interests) {}

    @Autowired
    Consents consents;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    JdbcClient jdbc;

    SubjectId subject;

    @BeforeEach
    void aBuyerWithDeclaredInterests() {
        subject = vault.newSubject("buyer");
        vault.store(subject, new Interests("潜水表, 计时码表"));
    }

    @Test
    void permitsPurposesOnOtherLegalBasesWithoutAnyConsent() {
        for (var purpose : Purpose.values()) {
            assertThat(consents.permits(subject, purpose))
                    .as(purpose + " on " + purpose.legalBasis())
                    .isEqualTo(!purpose.needsConsent());
        }
    }

    @Test
    void failsClosedUntilGrantedAndStopsOnTheNextRequestAfterRevocation() {
        assertThatThrownBy(this::readInterests)
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("no current consent for PERSONALISATION");

        consents.grant(subject, Purpose.PERSONALISATION, 1, Channel.WEB, "privacy-settings v1: switch on");
        assertThat(readInterests()).isEqualTo(new Read.Present<>("潜水表, 计时码表"));

        consents.revoke(subject, Purpose.PERSONALISATION, 1, Channel.APP, "privacy-settings v1: switch off");
        assertThatThrownBy(this::readInterests).isInstanceOf(AccessDenied.class);
        assertThat(consents.permits(subject, Purpose.ACCOUNT))
                .as("other legal bases unaffected")
                .isTrue();
    }

    @Test
    void answersWhatTheSubjectHadConsentedToAtAnyMoment() throws InterruptedException {
        consents.grant(subject, Purpose.MARKETING_SMS, 1, Channel.WEB, "sign-up form v1: box ticked");
        Thread.sleep(5);
        var whileGranted = Instant.now();
        Thread.sleep(5);
        consents.revoke(subject, Purpose.MARKETING_SMS, 1, Channel.SUPPORT, "SMS reply TD");

        assertThat(consents.current(subject, whileGranted))
                .containsEntry(Purpose.MARKETING_SMS, true)
                .containsEntry(Purpose.MARKETING_EMAIL, false)
                .doesNotContainKey(Purpose.ACCOUNT);
        assertThat(consents.current(subject, Instant.now())).containsEntry(Purpose.MARKETING_SMS, false);
        assertThat(consents.history(subject))
                .extracting(ConsentDecision::granted, ConsentDecision::channel, ConsentDecision::evidence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(false, Channel.SUPPORT, "SMS reply TD"),
                        org.assertj.core.groups.Tuple.tuple(true, Channel.WEB, "sign-up form v1: box ticked"));
    }

    @Test
    void explainsThatARequiredPurposeEndsOnlyWithTheAccount() {
        assertThatThrownBy(() -> consents.revoke(subject, Purpose.ACCOUNT, 1, Channel.WEB, "switch off"))
                .isInstanceOf(ConsentRefused.class)
                .satisfies(refused -> assertThat(Bundles.english(refused)).contains("required to use the service"))
                .satisfies(refused -> assertThat(Bundles.english(refused)).contains("cancel the account"));
        assertThatThrownBy(() -> consents.grant(subject, Purpose.SECURITY, 1, Channel.WEB, "switch on"))
                .isInstanceOf(ConsentRefused.class)
                .satisfies(refused -> assertThat(Bundles.english(refused)).contains("does not rest on consent"));
    }

    @Test
    void refusesDecisionsWithoutAPolicyVersionOrEvidence() {
        assertThatThrownBy(() -> consents.grant(subject, Purpose.LOCATION, 0, Channel.WEB, "switch on"))
                .satisfies(refused ->
                        assertThat(Bundles.english(refused)).contains("Policy version 0 was never published"));
        assertThatThrownBy(() -> consents.grant(subject, Purpose.LOCATION, 1, Channel.WEB, " "))
                .satisfies(refused -> assertThat(Bundles.english(refused)).contains("needs evidence"));
    }

    @Test
    void withdrawsEveryConsentOnCancellation() {
        consents.grant(subject, Purpose.LOCATION, 1, Channel.APP, "permission dialog");
        consents.grant(subject, Purpose.ANALYTICS, 1, Channel.WEB, "cookie notice");
        consents.revokeAll(subject, 1, Channel.WEB, "account cancelled");
        assertThat(consents.current(subject, Instant.now())).doesNotContainValue(true);
        assertThat(consents.history(subject)).hasSize(4);
    }

    @Test
    void keepsTheLedgerAppendOnly() {
        consents.grant(subject, Purpose.CAMERA, 1, Channel.APP, "permission dialog");
        assertThatThrownBy(() ->
                        jdbc.sql("update consent.record set granted = false").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from consent.record").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    private Read<String> readInterests() {
        return vault.reveal(
                subject,
                Interests.class,
                "interests",
                String.class,
                Purpose.PERSONALISATION,
                Accessor.system("recommender"));
    }
}

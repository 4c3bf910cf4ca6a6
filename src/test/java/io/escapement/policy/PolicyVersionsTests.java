package io.escapement.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.testing.MovableClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps N-1 and N-3 and the notice of N-2: versions are published before they take effect, never
 * change after, can be opted into early, and one that removes rights needs the subject's
 * acceptance. Runs on its own database (its own properties), on a clock that each test moves past
 * every version so far.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.demo.enabled=false"})
class PolicyVersionsTests {

    static final Duration DAY = Duration.ofDays(1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PrivacyPolicy policy;

    @Autowired
    JsonMapper json;

    final List<Object> published = new ArrayList<>();
    MovableClock clock;
    PolicyVersions versions;
    Instant start;

    @BeforeEach
    void startAfterEveryVersionSoFar() {
        var latest = jdbc.sql("select max(effective_at) from policy.version")
                .query(Timestamp.class)
                .single()
                .toInstant();
        start = latest.isAfter(Instant.now()) ? latest.plus(DAY) : Instant.now();
        clock = new MovableClock(start);
        versions = new PolicyVersions(jdbc, published::add, policy, json, clock);
    }

    @Test
    void publishesADraftThatTakesEffectOnItsDate() {
        int before = versions.effectiveVersion(start);
        var draft = versions.draft(DraftPolicyVersion.minor("措辞更清楚。", "Clearer wording."));
        assertThat(draft.status()).isEqualTo(PolicyVersion.Status.DRAFT);
        assertThat(draft.number()).isGreaterThan(before);
        assertThat(versions.published()).extracting(PolicyVersion::number).doesNotContain(draft.number());
        assertThat(versions.document(draft.number(), PolicyLanguage.EN))
                .as("a draft has no public text")
                .isEmpty();

        var published = versions.publish(draft.number(), start.plus(Duration.ofDays(7)));

        assertThat(published.publishedAt()).isEqualTo(start);
        assertThat(published.effectiveAt()).isEqualTo(start.plus(Duration.ofDays(7)));
        assertThat(versions.published()).extracting(PolicyVersion::number).contains(draft.number());
        assertThat(versions.effectiveVersion(start.plus(DAY))).isEqualTo(before);
        assertThat(versions.effectiveVersion(start.plus(Duration.ofDays(7)))).isEqualTo(draft.number());
        assertThat(versions.document(draft.number(), PolicyLanguage.EN)
                        .orElseThrow()
                        .version())
                .isEqualTo(draft.number());
    }

    @Test
    void refusesAnEffectiveDateThatIsNotAfterPublication() {
        var draft = versions.draft(DraftPolicyVersion.minor("小修改。", "A small fix."));
        assertThatThrownBy(() -> versions.publish(draft.number(), start))
                .isInstanceOf(PolicyVersionRefused.class)
                .hasMessageContaining("published before it takes effect");
        assertThatThrownBy(() -> versions.publish(draft.number(), start.minus(DAY)))
                .isInstanceOf(PolicyVersionRefused.class);
        assertThat(versions.version(draft.number()).orElseThrow().isPublished()).isFalse();
    }

    @Test
    void keepsAPublishedVersionFinal() {
        var draft = versions.draft(DraftPolicyVersion.minor("旧措辞。", "Old wording."));
        var revised = versions.revise(draft.number(), DraftPolicyVersion.minor("新措辞。", "New wording."));
        assertThat(revised.summaryEn()).isEqualTo("New wording.");
        versions.publish(draft.number(), start.plus(DAY));

        assertThatThrownBy(() -> versions.revise(draft.number(), DraftPolicyVersion.minor("改。", "Changed.")))
                .isInstanceOf(PolicyVersionRefused.class)
                .hasMessageContaining("can no longer be changed");
        assertThatThrownBy(() -> versions.publish(draft.number(), start.plus(Duration.ofDays(9))))
                .isInstanceOf(PolicyVersionRefused.class)
                .hasMessageContaining("already published");
        assertThatThrownBy(() -> jdbc.sql("update policy.version set status = 'DRAFT', published_at = null,"
                                + " effective_at = null where number = :number")
                        .param("number", draft.number())
                        .update())
                .as("not even SQL unpublishes a version")
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from policy.version where number = :number")
                        .param("number", draft.number())
                        .update())
                .as("the application's role has no right to delete versions")
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("update policy.version_text set document = '{}' where version = :number")
                        .param("number", draft.number())
                        .update())
                .as("the sealed text stays as published")
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("is sealed");
        assertThat(versions.version(draft.number()).orElseThrow().summaryEn()).isEqualTo("New wording.");
    }

    @Test
    void refusesUnknownAndDraftVersionNumbers() {
        var subject = UUID.randomUUID();
        var draft = versions.draft(DraftPolicyVersion.minor("草稿。", "A draft."));
        assertThat(versions.version(99_999)).isEmpty();
        assertThatThrownBy(() -> versions.accept(subject, 99_999, AcceptanceChannel.WEB))
                .isInstanceOf(UnknownPolicyVersion.class)
                .hasMessage("There is no published version 99999 of the privacy policy.");
        assertThatThrownBy(() -> versions.acceptEarly(subject, draft.number(), AcceptanceChannel.APP))
                .isInstanceOf(UnknownPolicyVersion.class);
        assertThatThrownBy(() -> versions.accept(subject, -1, AcceptanceChannel.WEB))
                .isInstanceOf(UnknownPolicyVersion.class);
        assertThatThrownBy(() -> versions.publish(99_999, start.plus(DAY)))
                .isInstanceOf(UnknownPolicyVersion.class)
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(versions.acceptances(subject)).isEmpty();
    }

    @Test
    void refusesStaleVersions() {
        var older = versions.draft(DraftPolicyVersion.minor("甲。", "A."));
        var newer = versions.draft(DraftPolicyVersion.minor("乙。", "B."));
        versions.publish(newer.number(), start.plus(DAY));
        assertThatThrownBy(() -> versions.publish(older.number(), start.plus(Duration.ofDays(2))))
                .isInstanceOf(StalePolicyVersion.class)
                .hasMessageContaining("older than the published version " + newer.number());

        clock.advance(Duration.ofDays(2));
        int previous = versions.published().stream()
                .filter(version -> version.number() < newer.number())
                .mapToInt(PolicyVersion::number)
                .max()
                .orElseThrow();
        assertThatThrownBy(() -> versions.accept(UUID.randomUUID(), previous, AcceptanceChannel.WEB))
                .isInstanceOf(StalePolicyVersion.class)
                .hasMessageContaining("replaced by version " + newer.number());
    }

    @Test
    void letsASubjectOptInEarlyOnlyBetweenPublicationAndEffectiveDate() {
        var early = UUID.randomUUID();
        var other = UUID.randomUUID();
        int before = versions.effectiveVersion(start);
        versions.accept(early, before, AcceptanceChannel.WEB);
        versions.accept(other, before, AcceptanceChannel.WEB);
        var next = versions.publish(
                versions.draft(DraftPolicyVersion.minor("新增说明。", "More explanation."))
                        .number(),
                start.plus(Duration.ofDays(7)));

        assertThatThrownBy(() -> versions.accept(early, next.number(), AcceptanceChannel.WEB))
                .isInstanceOf(PolicyVersionRefused.class)
                .hasMessageContaining("opt in early");
        clock.advance(DAY);
        var acceptance = versions.acceptEarly(early, next.number(), AcceptanceChannel.APP);

        assertThat(acceptance.early()).isTrue();
        assertThat(acceptance.channel()).isEqualTo(AcceptanceChannel.APP);
        assertThat(versions.effectiveVersionFor(early, clock.instant())).isEqualTo(next.number());
        assertThat(versions.effectiveVersionFor(other, clock.instant())).isEqualTo(before);
        assertThat(versions.effectiveVersionFor(early, start))
                .as("not before the subject opted in")
                .isEqualTo(before);

        clock.advance(Duration.ofDays(7));
        assertThatThrownBy(() -> versions.acceptEarly(other, next.number(), AcceptanceChannel.WEB))
                .isInstanceOf(PolicyVersionRefused.class)
                .hasMessageContaining("already in effect");
        assertThat(versions.effectiveVersionFor(other, clock.instant())).isEqualTo(next.number());
    }

    @Test
    void keepsASubjectOnThePreviousVersionUntilTheyAcceptOneThatRemovesRights() {
        var subject = UUID.randomUUID();
        var newcomer = UUID.randomUUID();
        int before = versions.effectiveVersion(start);
        versions.accept(subject, before, AcceptanceChannel.WEB);
        var removal = versions.publish(
                versions.draft(new DraftPolicyVersion(
                                Set.of(MaterialChange.USER_RIGHTS),
                                true,
                                "不再提供纸质发票。",
                                "Paper invoices are no longer offered."))
                        .number(),
                start.plus(DAY));
        var later = versions.publish(
                versions.draft(DraftPolicyVersion.minor("措辞。", "Wording.")).number(), start.plus(Duration.ofDays(2)));
        clock.advance(Duration.ofDays(3));
        var now = clock.instant();

        assertThat(versions.effectiveVersion(now)).isEqualTo(later.number());
        assertThat(versions.effectiveVersionFor(subject, now)).isEqualTo(before);
        assertThat(versions.effectiveVersionFor(newcomer, now)).isEqualTo(before);
        assertThat(versions.needsReconsent(subject, now)).isTrue();

        versions.accept(newcomer, later.number(), AcceptanceChannel.WEB);
        assertThat(versions.effectiveVersionFor(newcomer, clock.instant()))
                .as("accepting a later version accepts what it carries forward")
                .isEqualTo(later.number());
        assertThat(versions.needsReconsent(newcomer, clock.instant())).isFalse();
        assertThat(removal.isMaterial()).isTrue();
    }

    @Test
    void asksForReconsentAndNotifiesOnlyForMaterialVersions() {
        var subject = UUID.randomUUID();
        versions.accept(subject, versions.effectiveVersion(start), AcceptanceChannel.WEB);
        var minor = versions.publish(
                versions.draft(DraftPolicyVersion.minor("错别字。", "Typos.")).number(), start.plus(DAY));
        clock.advance(Duration.ofDays(2));
        assertThat(versions.needsReconsent(subject, clock.instant())).isFalse();
        assertThat(published).isEmpty();

        var material = versions.publish(
                versions.draft(new DraftPolicyVersion(
                                Set.of(MaterialChange.MAIN_RECIPIENTS),
                                false,
                                "新增境外鉴定合作方。",
                                "A new authentication partner abroad."))
                        .number(),
                clock.instant().plus(DAY));
        assertThat(published).containsExactly(new MaterialVersionPublished(material.number()));
        assertThat(versions.needsReconsent(subject, clock.instant()))
                .as("not before it takes effect")
                .isFalse();
        clock.advance(Duration.ofDays(2));
        assertThat(versions.needsReconsent(subject, clock.instant())).isTrue();
        versions.accept(subject, material.number(), AcceptanceChannel.MINI_PROGRAM);
        assertThat(versions.needsReconsent(subject, clock.instant())).isFalse();
        assertThat(versions.acceptances(subject))
                .extracting(Acceptance::version)
                .endsWith(material.number());
    }

    @Test
    void refusesToReduceRightsWithoutSayingSo() {
        assertThatThrownBy(() -> new DraftPolicyVersion(Set.of(), true, "减少权利。", "Fewer rights."))
                .isInstanceOf(PolicyVersionRefused.class)
                .hasMessageContaining("USER_RIGHTS");
        assertThatThrownBy(() -> DraftPolicyVersion.minor(" ", "Only English."))
                .isInstanceOf(PolicyVersionRefused.class);
    }
}

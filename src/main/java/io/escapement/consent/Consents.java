package io.escapement.consent;

import io.escapement.consent.spi.ConsentRestriction;
import io.escapement.policy.PolicyVersions;
import io.escapement.privacy.Purpose;
import io.escapement.vault.SubjectId;
import io.escapement.vault.spi.ConsentCheck;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent ledger and the guard. Decisions are appended, never changed: the ledger answers what
 * a subject had consented to at any moment, so processing done before a revocation stays
 * demonstrably lawful. The guard reads the latest decision on every call, so a revocation takes
 * effect on the very next request.
 */
@Service
public class Consents implements ConsentCheck {

    private final JdbcClient jdbc;
    private final PolicyVersions policyVersions;
    private final List<ConsentRestriction> restrictions;

    Consents(JdbcClient jdbc, PolicyVersions policyVersions, List<ConsentRestriction> restrictions) {
        this.jdbc = jdbc;
        this.policyVersions = policyVersions;
        this.restrictions = List.copyOf(restrictions);
    }

    /**
     * Records a grant.
     *
     * @throws ConsentRefused for a purpose that does not rest on consent, a policy version that was
     *     never published or is out of date, or a {@link ConsentRestriction} that applies
     */
    @Transactional
    public ConsentDecision grant(
            SubjectId subject, Purpose purpose, int policyVersion, Channel channel, String evidence) {
        requireConsentBased(purpose, true);
        var restricted = restriction(subject, purpose);
        if (restricted.isPresent()) {
            throw new ConsentRefused(restricted.get(), purpose.label());
        }
        return append(subject, purpose, true, policyVersion, channel, evidence);
    }

    /**
     * Records a revocation; processing for the purpose stops with the next request.
     *
     * @throws ConsentRefused for a required purpose: those rest on the contract or the law, and
     *     stopping them means cancelling the account
     */
    @Transactional
    public ConsentDecision revoke(
            SubjectId subject, Purpose purpose, int policyVersion, Channel channel, String evidence) {
        requireConsentBased(purpose, false);
        return append(subject, purpose, false, policyVersion, channel, evidence);
    }

    /** Revokes every consent-based purpose, as account cancellation does (U-10). */
    @Transactional
    public void revokeAll(SubjectId subject, int policyVersion, Channel channel, String evidence) {
        for (var purpose : Purpose.values()) {
            if (purpose.needsConsent() && current(subject, Instant.now()).get(purpose)) {
                append(subject, purpose, false, policyVersion, channel, evidence);
            }
        }
    }

    /** The guard: purposes on other legal bases are always permitted; consent-based ones need a current grant. */
    @Override
    public boolean permits(SubjectId subject, Purpose purpose) {
        if (!purpose.needsConsent()) {
            return true;
        }
        if (restriction(subject, purpose).isPresent()) {
            return false;
        }
        return jdbc.sql("""
                        select granted from consent.record where subject_id = :subject and purpose = :purpose
                        order by seq desc limit 1""")
                .param("subject", subject.value())
                .param("purpose", purpose.name())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * A rule that stops the subject's processing for {@code purpose} whatever they consented to, as
     * a message key: a minor's account without a guardian's consent may not buy, say (M-1). Empty
     * when none applies. Also asked for purposes that rest on the contract, by the code that starts
     * such processing (the checkout).
     */
    public Optional<String> restriction(SubjectId subject, Purpose purpose) {
        return restrictions.stream()
                .map(restriction -> restriction.restricts(subject, purpose))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** What the subject had consented to at {@code moment}: every consent-based purpose, granted or not. */
    public Map<Purpose, Boolean> current(SubjectId subject, Instant moment) {
        var state = new EnumMap<Purpose, Boolean>(Purpose.class);
        for (var purpose : Purpose.values()) {
            if (purpose.needsConsent()) {
                state.put(purpose, false);
            }
        }
        jdbc.sql("""
                        select distinct on (purpose) purpose, granted from consent.record
                        where subject_id = :subject and at <= :moment order by purpose, seq desc""")
                .param("subject", subject.value())
                .param("moment", Timestamp.from(moment))
                .query((rs, row) -> Map.entry(Purpose.valueOf(rs.getString("purpose")), rs.getBoolean("granted")))
                .list()
                .forEach(entry -> state.put(entry.getKey(), entry.getValue()));
        return state;
    }

    /** Every decision of the subject, newest first. */
    public List<ConsentDecision> history(SubjectId subject) {
        return jdbc.sql("select * from consent.record where subject_id = :subject order by seq desc")
                .param("subject", subject.value())
                .query((rs, row) -> new ConsentDecision(
                        rs.getLong("seq"),
                        subject,
                        Purpose.valueOf(rs.getString("purpose")),
                        rs.getBoolean("granted"),
                        rs.getInt("policy_version"),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("evidence")))
                .list();
    }

    private ConsentDecision append(
            SubjectId subject, Purpose purpose, boolean granted, int policyVersion, Channel channel, String evidence) {
        requireCurrentPolicy(policyVersion);
        if (evidence.isBlank()) {
            throw new ConsentRefused("consent.noEvidence");
        }
        var at = Instant.now();
        long seq = jdbc.sql("""
                        insert into consent.record (subject_id, purpose, granted, policy_version, channel, at, evidence)
                        values (:subject, :purpose, :granted, :version, :channel, :at, :evidence) returning seq""")
                .param("subject", subject.value())
                .param("purpose", purpose.name())
                .param("granted", granted)
                .param("version", policyVersion)
                .param("channel", channel.name())
                .param("at", Timestamp.from(at))
                .param("evidence", evidence)
                .query(Long.class)
                .single();
        return new ConsentDecision(seq, subject, purpose, granted, policyVersion, channel, at, evidence);
    }

    /**
     * The decision must name the policy the person was shown: a published version, not older than
     * the one in effect (a newer one is allowed: opting in early, N-3).
     */
    private void requireCurrentPolicy(int policyVersion) {
        var version = policyVersions.version(policyVersion);
        if (version.isEmpty() || !version.get().isPublished()) {
            throw new ConsentRefused("consent.unpublishedVersion", String.valueOf(policyVersion));
        }
        int effective = policyVersions.effectiveVersion(Instant.now());
        if (policyVersion < effective) {
            throw new ConsentRefused("consent.staleVersion", String.valueOf(policyVersion), String.valueOf(effective));
        }
    }

    private static void requireConsentBased(Purpose purpose, boolean granting) {
        if (!purpose.needsConsent()) {
            throw new ConsentRefused(
                    granting ? "consent.notConsentBased.grant" : "consent.notConsentBased.revoke",
                    purpose.label(),
                    purpose.legalBasis().label());
        }
    }
}

package io.escapement.policy;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of the privacy policy and who accepted which (N-1 to N-3).
 *
 * <ul>
 *   <li>A version is drafted, may be revised while a draft, then published with an effective date
 *       strictly after its publication and after the previous version's (N-1). A published version
 *       is final: nothing changes or withdraws it, and its text in both languages is sealed when
 *       it is published.
 *   <li>The version in effect at a time is the newest published one whose effective date has come.
 *       Version 1 is published by the migration that creates the schema, so one is always in effect.
 *   <li>Between publication and the effective date a subject may opt in early (N-3); that version
 *       then applies to them at once.
 *   <li>A version that removes rights never applies to a subject who has not accepted it: they stay
 *       on the version before it (N-1).
 *   <li>Publishing a material version publishes {@link MaterialVersionPublished} in the same transaction (N-2).
 * </ul>
 *
 * <p>Refusals are {@link PolicyVersionRefused}s with a plain message: {@link UnknownPolicyVersion}
 * for a number that does not exist or is not published, {@link StalePolicyVersion} for a version
 * overtaken by a newer one.
 */
public class PolicyVersions {

    private static final String COLUMNS =
            "number, status, published_at, effective_at, material_changes," + " removes_rights, summary_zh, summary_en";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final PrivacyPolicy policy;
    private final JsonMapper json;
    private final Clock clock;

    PolicyVersions(
            JdbcClient jdbc, ApplicationEventPublisher events, PrivacyPolicy policy, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.policy = policy;
        this.json = json;
        this.clock = clock;
    }

    /** Drafts the next version; it has no dates and is not public. */
    @Transactional
    public PolicyVersion draft(DraftPolicyVersion draft) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from policy.version")
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into policy.version (number, status, material_changes, removes_rights, summary_zh, summary_en)
                        values (:number, 'DRAFT', :changes, :removesRights, :summaryZh, :summaryEn)""").param("number", number).params(draftParameters(draft)).update();
        return require(number);
    }

    /**
     * Rewrites a draft.
     *
     * @throws UnknownPolicyVersion when there is no such version
     * @throws PolicyVersionRefused when the version is already published
     */
    @Transactional
    public PolicyVersion revise(int version, DraftPolicyVersion draft) {
        var current = require(version);
        if (current.isPublished()) {
            throw new PolicyVersionRefused("Version " + version + " is published and can no longer be changed;"
                    + " draft a new version instead.");
        }
        jdbc.sql("""
                        update policy.version set material_changes = :changes, removes_rights = :removesRights,
                        summary_zh = :summaryZh, summary_en = :summaryEn where number = :number and status = 'DRAFT'""").param("number", version).params(draftParameters(draft)).update();
        return require(version);
    }

    /**
     * Publishes a draft now, to take effect at {@code effectiveAt}, seals its text and, when it is
     * material, publishes {@link MaterialVersionPublished}.
     *
     * @throws UnknownPolicyVersion when there is no such version
     * @throws StalePolicyVersion when a newer version is already published
     * @throws PolicyVersionRefused when it is already published, or {@code effectiveAt} is not after
     *     now and after the effective date of the version before
     */
    @Transactional
    public PolicyVersion publish(int version, Instant effectiveAt) {
        var draft = require(version);
        if (draft.isPublished()) {
            throw new PolicyVersionRefused("Version " + version + " is already published; a published version"
                    + " cannot be published again or withdrawn.");
        }
        var now = clock.instant();
        var latest = latestPublished();
        if (latest.number() > version) {
            throw new StalePolicyVersion("Version " + version + " is older than the published version "
                    + latest.number() + "; draft a new version instead.");
        }
        if (!effectiveAt.isAfter(now)) {
            throw new PolicyVersionRefused("Version " + version + " would take effect at " + effectiveAt
                    + ", which is not after its publication now (" + now + "): a version of the policy is"
                    + " published before it takes effect.");
        }
        if (!effectiveAt.isAfter(latest.effectiveAt())) {
            throw new PolicyVersionRefused("Version " + version + " must take effect after version " + latest.number()
                    + ", which takes effect at " + latest.effectiveAt() + ".");
        }
        jdbc.sql("""
                        update policy.version set status = 'PUBLISHED', published_at = :now, effective_at = :effectiveAt
                        where number = :number and status = 'DRAFT'""")
                .param("number", version)
                .param("now", Timestamp.from(now))
                .param("effectiveAt", Timestamp.from(effectiveAt))
                .update();
        var published = require(version);
        for (var language : PolicyLanguage.values()) {
            seal(published, language);
        }
        if (published.isMaterial()) {
            events.publishEvent(new MaterialVersionPublished(published.number()));
        }
        return published;
    }

    /**
     * The number of the version in effect for everyone at {@code at}: the newest published one
     * whose effective date has come.
     *
     * @throws PolicyVersionRefused when {@code at} is before the first version took effect
     */
    public int effectiveVersion(Instant at) {
        var number = jdbc.sql("select max(number) from policy.version where status = 'PUBLISHED'"
                        + " and effective_at <= :at")
                .param("at", Timestamp.from(at))
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (number == null) {
            throw new PolicyVersionRefused("No version of the privacy policy was in effect at " + at + ".");
        }
        return number;
    }

    /** Any version, draft or published. */
    public Optional<PolicyVersion> version(int number) {
        return jdbc.sql("select " + COLUMNS + " from policy.version where number = :number")
                .param("number", number)
                .query(PolicyVersions::version)
                .optional();
    }

    /** Every version, drafts included, newest first: what staff manage in the console. */
    public List<PolicyVersion> all() {
        return jdbc.sql("select " + COLUMNS + " from policy.version order by number desc")
                .query(PolicyVersions::version)
                .list();
    }

    /** The published versions, oldest first. */
    public List<PolicyVersion> published() {
        return jdbc.sql("select " + COLUMNS + " from policy.version where status = 'PUBLISHED' order by number")
                .query(PolicyVersions::version)
                .list();
    }

    /**
     * The sealed text of a published version in {@code language}; empty for a draft or an unknown
     * number. The version that the first migration publishes is sealed on its first read.
     */
    @Transactional
    public Optional<PolicyDocument> document(int version, PolicyLanguage language) {
        var published = version(version).filter(PolicyVersion::isPublished);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        var text = sealedText(version, language);
        if (text.isEmpty()) {
            seal(published.get(), language);
            text = sealedText(version, language);
        }
        return text.map(document -> json.readValue(document, PolicyDocument.class));
    }

    /**
     * Records that {@code subject} opts into {@code version} before it takes effect (N-3). Opting
     * in twice keeps the first record.
     *
     * @throws UnknownPolicyVersion when the version does not exist or is a draft
     * @throws PolicyVersionRefused when the version is already in effect
     */
    @Transactional
    public Acceptance acceptEarly(UUID subject, int version, AcceptanceChannel channel) {
        var accepted = requirePublished(version);
        var now = clock.instant();
        if (!accepted.isAnnouncedAt(now)) {
            throw new PolicyVersionRefused("Version " + version + " is already in effect since "
                    + accepted.effectiveAt() + "; accept it instead of opting in early.");
        }
        return record(subject, version, now, true, channel);
    }

    /**
     * Records that {@code subject} accepts {@code version}, the version in effect now. Accepting
     * twice keeps the first record.
     *
     * @throws UnknownPolicyVersion when the version does not exist or is a draft
     * @throws StalePolicyVersion when a newer version is in effect
     * @throws PolicyVersionRefused when the version has not taken effect yet (opt in early instead)
     */
    @Transactional
    public Acceptance accept(UUID subject, int version, AcceptanceChannel channel) {
        var accepted = requirePublished(version);
        var now = clock.instant();
        if (accepted.isAnnouncedAt(now)) {
            throw new PolicyVersionRefused("Version " + version + " takes effect at " + accepted.effectiveAt()
                    + "; to accept it before then, opt in early.");
        }
        int current = effectiveVersion(now);
        if (version < current) {
            throw new StalePolicyVersion(
                    "Version " + version + " has been replaced by version " + current + "; accept that one instead.");
        }
        return record(subject, version, now, false, channel);
    }

    /** The subject's acceptances, oldest version first. */
    public List<Acceptance> acceptances(UUID subject) {
        return jdbc.sql("select subject, version, accepted_at, early, channel from policy.acceptance"
                        + " where subject = :subject order by version")
                .param("subject", subject)
                .query((rs, row) -> acceptance(rs))
                .list();
    }

    /**
     * The version that applies to {@code subject} at {@code at}: one they opted into early if it is
     * newer than the general one, otherwise the general one, except that a version that removes
     * rights and that the subject has not accepted never applies: they stay on the version before
     * it.
     */
    public int effectiveVersionFor(UUID subject, Instant at) {
        int general = effectiveVersion(at);
        int accepted = latestAccepted(subject, at);
        if (accepted > general) {
            return accepted;
        }
        var firstUnacceptedRemoval = jdbc.sql("""
                        select min(number) from policy.version where status = 'PUBLISHED' and removes_rights
                        and number > :accepted and number <= :general""")
                .param("accepted", accepted)
                .param("general", general)
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (firstUnacceptedRemoval == null) {
            return general;
        }
        return jdbc.sql("select max(number) from policy.version where status = 'PUBLISHED' and number < :number")
                .param("number", firstUnacceptedRemoval)
                .query(Integer.class)
                .single();
    }

    /**
     * Whether a material version newer than anything {@code subject} accepted is in effect at {@code
     * at}: the subject is to be shown the change and asked to accept it (N-2).
     */
    public boolean needsReconsent(UUID subject, Instant at) {
        return jdbc.sql("""
                        select exists (select 1 from policy.version where status = 'PUBLISHED' and effective_at <= :at
                        and number > :accepted and (removes_rights or cardinality(material_changes) > 0))""")
                .param("at", Timestamp.from(at))
                .param("accepted", latestAccepted(subject, at))
                .query(Boolean.class)
                .single();
    }

    private int latestAccepted(UUID subject, Instant at) {
        return jdbc.sql("select coalesce(max(version), 0) from policy.acceptance where subject = :subject"
                        + " and accepted_at <= :at")
                .param("subject", subject)
                .param("at", Timestamp.from(at))
                .query(Integer.class)
                .single();
    }

    private Acceptance record(UUID subject, int version, Instant at, boolean early, AcceptanceChannel channel) {
        jdbc.sql("""
                        insert into policy.acceptance (subject, version, accepted_at, early, channel)
                        values (:subject, :version, :at, :early, :channel) on conflict (subject, version) do nothing""")
                .param("subject", subject)
                .param("version", version)
                .param("at", Timestamp.from(at))
                .param("early", early)
                .param("channel", channel.name())
                .update();
        return jdbc.sql("select subject, version, accepted_at, early, channel from policy.acceptance"
                        + " where subject = :subject and version = :version")
                .param("subject", subject)
                .param("version", version)
                .query((rs, row) -> acceptance(rs))
                .single();
    }

    private void seal(PolicyVersion version, PolicyLanguage language) {
        jdbc.sql("""
                        insert into policy.version_text (version, language, document) values (:version, :language,
                        cast(:document as jsonb)) on conflict (version, language) do nothing""")
                .param("version", version.number())
                .param("language", language.tag())
                .param("document", json.writeValueAsString(policy.document(version, language)))
                .update();
    }

    private Optional<String> sealedText(int version, PolicyLanguage language) {
        return jdbc.sql("select document::text from policy.version_text where version = :version"
                        + " and language = :language")
                .param("version", version)
                .param("language", language.tag())
                .query(String.class)
                .optional();
    }

    private PolicyVersion latestPublished() {
        return jdbc.sql("select " + COLUMNS + " from policy.version where status = 'PUBLISHED'"
                        + " order by number desc limit 1")
                .query(PolicyVersions::version)
                .single();
    }

    private PolicyVersion require(int number) {
        return version(number).orElseThrow(() -> new UnknownPolicyVersion(number, false));
    }

    private PolicyVersion requirePublished(int number) {
        return version(number)
                .filter(PolicyVersion::isPublished)
                .orElseThrow(() -> new UnknownPolicyVersion(number, true));
    }

    private static java.util.Map<String, Object> draftParameters(DraftPolicyVersion draft) {
        return java.util.Map.of(
                "changes",
                        draft.materialChanges().stream()
                                .map(Enum::name)
                                .sorted()
                                .toArray(String[]::new),
                "removesRights", draft.removesRights(),
                "summaryZh", draft.summaryZh(),
                "summaryEn", draft.summaryEn());
    }

    private static PolicyVersion version(ResultSet rs, int row) throws SQLException {
        var changes = EnumSet.noneOf(MaterialChange.class);
        Arrays.stream(strings(rs.getArray("material_changes")))
                .map(MaterialChange::valueOf)
                .forEach(changes::add);
        return new PolicyVersion(
                rs.getInt("number"),
                PolicyVersion.Status.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("published_at")),
                instant(rs.getTimestamp("effective_at")),
                changes,
                rs.getBoolean("removes_rights"),
                rs.getString("summary_zh"),
                rs.getString("summary_en"));
    }

    private static Acceptance acceptance(ResultSet rs) throws SQLException {
        return new Acceptance(
                rs.getObject("subject", UUID.class),
                rs.getInt("version"),
                rs.getTimestamp("accepted_at").toInstant(),
                rs.getBoolean("early"),
                AcceptanceChannel.valueOf(rs.getString("channel")));
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

package io.escapement.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the terms of service (用户协议) and who accepted which, versioned like the
 * privacy policy (ADR 42).
 *
 * <ul>
 *   <li>A version's text is written first, as the resources {@code terms/v<n>.zh-CN.md} and {@code
 *       terms/v<n>.en.md}; publishing it gives it a number, a publication date and an effective date
 *       strictly after its publication and after the previous version's, and seals its text in
 *       both languages. A published version is final: the database refuses any change to it or to
 *       its sealed text.
 *   <li>The version in effect at a time is the newest published one whose effective date has come.
 *       Version 1 is published by the migration that creates the tables, so one is always in
 *       effect; its text is sealed on start or on its first read.
 *   <li>Registration and checkout accept the version in effect; a subject accepts a version once.
 * </ul>
 *
 * <p>Refusals are {@link PolicyVersionRefused}s with a plain message.
 */
public class TermsVersions {

    private static final String COLUMNS = "number, published_at, effective_at, summary_zh, summary_en";

    private final JdbcClient jdbc;
    private final TermsTexts texts;
    private final Clock clock;

    TermsVersions(JdbcClient jdbc, TermsTexts texts, Clock clock) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * The number the next version will have, when its text is written in both languages: what
     * operations may publish now.
     */
    public OptionalInt nextWritten() {
        int next = latest().number() + 1;
        for (var language : PolicyLanguage.values()) {
            if (texts.text(next, language).isEmpty()) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(next);
    }

    /**
     * Publishes the next version from its written text, now, to take effect at {@code effectiveAt},
     * and seals its text.
     *
     * @throws PolicyVersionRefused when a summary is blank, the next version's text is not written
     *     in both languages, or {@code effectiveAt} is not after now and after the effective date
     *     of the version before
     */
    @Transactional
    public TermsVersion publish(String summaryZh, String summaryEn, Instant effectiveAt) {
        if (summaryZh.isBlank() || summaryEn.isBlank()) {
            throw new PolicyVersionRefused("Say what changes in this version of the terms, in Chinese and in English.");
        }
        var latest = latest();
        int number = latest.number() + 1;
        for (var language : PolicyLanguage.values()) {
            if (texts.text(number, language).isEmpty()) {
                throw new PolicyVersionRefused("Version " + number + " of the terms is not written yet: add"
                        + " terms/v" + number + "." + language.tag() + ".md to the resources, then publish it.");
            }
        }
        var now = clock.instant();
        if (!effectiveAt.isAfter(now)) {
            throw new PolicyVersionRefused("Version " + number + " of the terms would take effect at " + effectiveAt
                    + ", which is not after its publication now (" + now + "): a version is published before it"
                    + " takes effect.");
        }
        if (!effectiveAt.isAfter(latest.effectiveAt())) {
            throw new PolicyVersionRefused("Version " + number + " of the terms must take effect after version "
                    + latest.number() + ", which takes effect at " + latest.effectiveAt() + ".");
        }
        jdbc.sql("""
                        insert into policy.terms_version (number, published_at, effective_at, summary_zh, summary_en)
                        values (:number, :now, :effectiveAt, :summaryZh, :summaryEn)""")
                .param("number", number)
                .param("now", Timestamp.from(now))
                .param("effectiveAt", Timestamp.from(effectiveAt))
                .param("summaryZh", summaryZh.strip())
                .param("summaryEn", summaryEn.strip())
                .update();
        for (var language : PolicyLanguage.values()) {
            seal(number, language);
        }
        return require(number);
    }

    /**
     * The number of the version in effect at {@code at}: the newest published one whose effective
     * date has come.
     *
     * @throws PolicyVersionRefused when {@code at} is before the first version took effect
     */
    public int effectiveVersion(Instant at) {
        var number = jdbc.sql("select max(number) from policy.terms_version where effective_at <= :at")
                .param("at", Timestamp.from(at))
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (number == null) {
            throw new PolicyVersionRefused("No version of the terms of service was in effect at " + at + ".");
        }
        return number;
    }

    /** The number of the version in effect now. */
    public int effectiveVersion() {
        return effectiveVersion(clock.instant());
    }

    /** A published version; empty for any other number. */
    public Optional<TermsVersion> version(int number) {
        return jdbc.sql("select " + COLUMNS + " from policy.terms_version where number = :number")
                .param("number", number)
                .query(TermsVersions::version)
                .optional();
    }

    /** The published versions, oldest first. */
    public List<TermsVersion> published() {
        return jdbc.sql("select " + COLUMNS + " from policy.terms_version order by number")
                .query(TermsVersions::version)
                .list();
    }

    /**
     * The sealed text of a published version in {@code language}; empty for an unknown number. The
     * version the migration publishes is sealed on its first read if the start has not sealed it.
     */
    @Transactional
    public Optional<TermsDocument> document(int number, PolicyLanguage language) {
        var version = version(number);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        var text = sealedText(number, language);
        if (text.isEmpty()) {
            seal(number, language);
            text = sealedText(number, language);
        }
        return text.map(body -> TermsDocument.parse(version.get(), language, body));
    }

    /**
     * The published versions whose written text no longer reads as what was sealed: a change that
     * needs a new version, since a published one never changes.
     */
    public List<Integer> rewrittenSincePublication() {
        return published().stream()
                .map(TermsVersion::number)
                .filter(number -> {
                    for (var language : PolicyLanguage.values()) {
                        var written = texts.text(number, language);
                        if (written.isPresent() && !written.equals(sealedText(number, language))) {
                            return true;
                        }
                    }
                    return false;
                })
                .toList();
    }

    /**
     * Records that {@code subject} accepts {@code version}, which must be the version in effect now.
     * Accepting a version twice keeps the first record.
     *
     * @throws PolicyVersionRefused when the version is not published, not in effect yet, or
     *     replaced by a newer one in effect
     */
    @Transactional
    public TermsAcceptance accept(UUID subject, int version, AcceptanceChannel channel, TermsOccasion occasion) {
        var accepted = version(version)
                .orElseThrow(
                        () -> new PolicyVersionRefused("There is no published version " + version + " of the terms."));
        var now = clock.instant();
        if (accepted.isAnnouncedAt(now)) {
            throw new PolicyVersionRefused("Version " + version + " of the terms takes effect at "
                    + accepted.effectiveAt() + " and cannot be accepted before then.");
        }
        int current = effectiveVersion(now);
        if (version < current) {
            throw new PolicyVersionRefused("Version " + version + " of the terms has been replaced by version "
                    + current + "; accept that one instead.");
        }
        jdbc.sql("""
                        insert into policy.terms_acceptance (subject, version, accepted_at, channel, occasion)
                        values (:subject, :version, :at, :channel, :occasion) on conflict (subject, version) do nothing""")
                .param("subject", subject)
                .param("version", version)
                .param("at", Timestamp.from(now))
                .param("channel", channel.name())
                .param("occasion", occasion.name())
                .update();
        return jdbc.sql("select subject, version, accepted_at, channel, occasion from policy.terms_acceptance"
                        + " where subject = :subject and version = :version")
                .param("subject", subject)
                .param("version", version)
                .query((rs, row) -> acceptance(rs))
                .single();
    }

    /** Records that {@code subject} accepts the version in effect now; see {@link #accept}. */
    @Transactional
    public TermsAcceptance acceptInEffect(UUID subject, AcceptanceChannel channel, TermsOccasion occasion) {
        return accept(subject, effectiveVersion(), channel, occasion);
    }

    /** Whether {@code subject} has accepted the version in effect now; if not, checkout asks them to. */
    public boolean hasAcceptedVersionInEffect(UUID subject) {
        return jdbc.sql("select exists (select 1 from policy.terms_acceptance where subject = :subject"
                        + " and version = :version)")
                .param("subject", subject)
                .param("version", effectiveVersion())
                .query(Boolean.class)
                .single();
    }

    /** The subject's acceptances, oldest version first. */
    public List<TermsAcceptance> acceptances(UUID subject) {
        return jdbc.sql("select subject, version, accepted_at, channel, occasion from policy.terms_acceptance"
                        + " where subject = :subject order by version")
                .param("subject", subject)
                .query((rs, row) -> acceptance(rs))
                .list();
    }

    private void seal(int number, PolicyLanguage language) {
        var text = texts.text(number, language)
                .orElseThrow(() -> new IllegalStateException("The text of version " + number + " of the terms ("
                        + language.tag() + ") is missing: terms/v" + number + "." + language.tag() + ".md"));
        jdbc.sql("""
                        insert into policy.terms_text (version, language, body) values (:version, :language, :body)
                        on conflict (version, language) do nothing""")
                .param("version", number)
                .param("language", language.tag())
                .param("body", text)
                .update();
    }

    private Optional<String> sealedText(int number, PolicyLanguage language) {
        return jdbc.sql("select body from policy.terms_text where version = :version and language = :language")
                .param("version", number)
                .param("language", language.tag())
                .query(String.class)
                .optional();
    }

    private TermsVersion latest() {
        return jdbc.sql("select " + COLUMNS + " from policy.terms_version order by number desc limit 1")
                .query(TermsVersions::version)
                .single();
    }

    private TermsVersion require(int number) {
        return version(number).orElseThrow();
    }

    private static TermsVersion version(ResultSet rs, int row) throws SQLException {
        return new TermsVersion(
                rs.getInt("number"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getTimestamp("effective_at").toInstant(),
                rs.getString("summary_zh"),
                rs.getString("summary_en"));
    }

    private static TermsAcceptance acceptance(ResultSet rs) throws SQLException {
        return new TermsAcceptance(
                rs.getObject("subject", UUID.class),
                rs.getInt("version"),
                rs.getTimestamp("accepted_at").toInstant(),
                AcceptanceChannel.valueOf(rs.getString("channel")),
                TermsOccasion.valueOf(rs.getString("occasion")));
    }
}

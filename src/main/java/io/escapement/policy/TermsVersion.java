package io.escapement.policy;

import io.escapement.language.Localized;
import java.time.Instant;

/**
 * One published version of the terms of service (用户协议). Every version is published: its text is
 * written as a resource before it is published, and once published nothing about it changes.
 *
 * @param number the version's number, 1 for the first
 * @param publishedAt when it was published; never after {@code effectiveAt}
 * @param effectiveAt from when it is the version registration and checkout accept
 */
public record TermsVersion(int number, Instant publishedAt, Instant effectiveAt, String summaryZh, String summaryEn) {

    /** Whether the version's effective date has come by {@code at}. */
    public boolean isEffectiveAt(Instant at) {
        return !at.isBefore(effectiveAt);
    }

    /** Whether the version is published but not yet in effect at {@code at}. */
    public boolean isAnnouncedAt(Instant at) {
        return at.isBefore(effectiveAt);
    }

    /** What the version changes, in both languages. */
    public Localized summary() {
        return new Localized(summaryZh, summaryEn);
    }

    /** The publication date in words, in China's time zone. */
    public Localized publishedOn() {
        return Wording.date(publishedAt);
    }

    /** The effective date in words, in China's time zone. */
    public Localized effectiveOn() {
        return Wording.date(effectiveAt);
    }
}

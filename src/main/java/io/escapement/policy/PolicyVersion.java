package io.escapement.policy;

import io.escapement.language.Localized;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One version of the privacy policy. A draft has no dates; a published version has a publication
 * date strictly before its effective date (N-1) and never changes again.
 *
 * @param materialChanges the kinds of material change it makes (N-2); empty for a minor revision
 * @param removesRights whether it reduces a right users had: it never applies to a subject who has
 *     not accepted it
 */
public record PolicyVersion(
        int number,
        Status status,
        @Nullable Instant publishedAt,
        @Nullable Instant effectiveAt,
        Set<MaterialChange> materialChanges,
        boolean removesRights,
        String summaryZh,
        String summaryEn) {

    public enum Status {
        DRAFT,
        PUBLISHED
    }

    public PolicyVersion {
        materialChanges =
                materialChanges.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(materialChanges));
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    /** Material versions are announced prominently and need each subject's acceptance (N-2). */
    public boolean isMaterial() {
        return removesRights || !materialChanges.isEmpty();
    }

    /** Whether the version is published and its effective date has come by {@code at}. */
    public boolean isEffectiveAt(Instant at) {
        return isPublished() && effectiveAt != null && !at.isBefore(effectiveAt);
    }

    /** Whether the version is published but not yet in effect at {@code at}: the early opt-in window (N-3). */
    public boolean isAnnouncedAt(Instant at) {
        return isPublished() && effectiveAt != null && at.isBefore(effectiveAt);
    }

    public Localized summary() {
        return new Localized(summaryZh, summaryEn);
    }

    /** The publication date in words, in China's time zone; empty for a draft. */
    public Localized publishedOn() {
        return publishedAt == null ? Localized.same("") : Wording.date(publishedAt);
    }

    /** The effective date in words, in China's time zone; empty for a draft. */
    public Localized effectiveOn() {
        return effectiveAt == null ? Localized.same("") : Wording.date(effectiveAt);
    }
}

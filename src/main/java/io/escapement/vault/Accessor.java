package io.escapement.vault;

import io.escapement.privacy.StaffRole;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who reads personal information.
 *
 * @param reference the subject's, staff member's, partner's or component's id
 * @param role the staff role, for staff only
 * @param caseReference the ticket or case the staff member works on, for staff only
 * @param reauthenticated for a subject: signed in again moments ago, as seeing one's own data in
 *     full requires
 * @param reason why a staff member needs a value in full, written to the audit trail; staff
 *     unmask only with one (P-4)
 */
public record Accessor(
        Kind kind,
        String reference,
        @Nullable StaffRole role,
        @Nullable String caseReference,
        boolean reauthenticated,
        @Nullable String reason) {

    public enum Kind {
        SUBJECT,
        STAFF,
        PARTNER,
        SYSTEM
    }

    public Accessor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        if (kind == Kind.STAFF && (role == null || caseReference == null || caseReference.isBlank())) {
            throw new IllegalArgumentException("Staff access needs a role and a case reference");
        }
        if (reason != null && (kind != Kind.STAFF || reason.isBlank())) {
            throw new IllegalArgumentException("Only staff state a reason, and it may not be blank");
        }
    }

    public static Accessor subject(SubjectId subject, boolean reauthenticated) {
        return new Accessor(Kind.SUBJECT, subject.toString(), null, null, reauthenticated, null);
    }

    public static Accessor staff(String staffId, StaffRole role, String caseReference) {
        return new Accessor(Kind.STAFF, staffId, role, caseReference, false, null);
    }

    /** The same staff access, stating why the value is needed in full. */
    public Accessor because(String reason) {
        return new Accessor(kind, reference, role, caseReference, reauthenticated, reason);
    }

    public static Accessor partner(String partnerId) {
        return new Accessor(Kind.PARTNER, partnerId, null, null, false, null);
    }

    public static Accessor system(String component) {
        return new Accessor(Kind.SYSTEM, component, null, null, false, null);
    }

    /** Whether this access must be written to the audit trail. */
    public boolean isAudited() {
        return kind == Kind.STAFF || kind == Kind.PARTNER;
    }
}

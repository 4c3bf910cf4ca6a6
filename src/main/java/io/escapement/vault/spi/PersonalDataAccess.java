package io.escapement.vault.spi;

import io.escapement.privacy.Category;
import io.escapement.privacy.Purpose;
import io.escapement.vault.Accessor;
import io.escapement.vault.SubjectId;

/**
 * One access to one personal-data field: who, whose, which field, why and how. Carries no value.
 *
 * @param field the data-map key of the field
 */
public record PersonalDataAccess(
        SubjectId subject, String field, Category category, Action action, Purpose purpose, Accessor accessor) {

    public enum Action {
        /** Seen masked. */
        READ,
        /** Seen in full. */
        UNMASK,
        /** Handed out in an export or to a partner. */
        EXPORT,
        /** Changed by staff on the subject's request. */
        CORRECT
    }
}

package io.escapement.vault.spi;

import io.escapement.privacy.Purpose;
import io.escapement.vault.SubjectId;

/**
 * Asked before every read whether processing a subject's data for a purpose is allowed right now.
 * Implemented by the consent module's guard.
 */
public interface ConsentCheck {

    boolean permits(SubjectId subject, Purpose purpose);
}

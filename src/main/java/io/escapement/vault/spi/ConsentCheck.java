package io.escapement.vault.spi;

import io.escapement.privacy.Purpose;
import io.escapement.vault.SubjectId;

/**
 * Asked before every read whether processing a subject's data for a purpose is allowed right now.
 * The consent module provides the real check; until it is present every purpose the data map
 * declares for a field is allowed.
 */
public interface ConsentCheck {

    boolean permits(SubjectId subject, Purpose purpose);
}

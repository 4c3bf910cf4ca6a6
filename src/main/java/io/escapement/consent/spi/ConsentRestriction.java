package io.escapement.consent.spi;

import io.escapement.privacy.Purpose;
import io.escapement.vault.SubjectId;
import java.util.Optional;

/**
 * A reason why a subject may not consent to, or be processed for, a purpose right now, whatever
 * the ledger says: for example a minor without a guardian's consent and profiling or marketing
 * (M-1, M-2). The consent guard consults every restriction.
 */
public interface ConsentRestriction {

    /**
     * The key of the message that says why ({@code messages*.properties}, given the purpose's label
     * as its argument {0}), or empty when nothing restricts it.
     */
    Optional<String> restricts(SubjectId subject, Purpose purpose);
}

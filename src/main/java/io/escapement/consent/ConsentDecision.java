package io.escapement.consent;

import io.escapement.privacy.Purpose;
import io.escapement.vault.SubjectId;
import java.time.Instant;

/**
 * One entry of the consent ledger.
 *
 * @param policyVersion the privacy policy version the subject was shown
 * @param evidence what the subject saw and did, e.g. the id and version of the text and the control
 */
public record ConsentDecision(
        long seq,
        SubjectId subject,
        Purpose purpose,
        boolean granted,
        int policyVersion,
        Channel channel,
        Instant at,
        String evidence) {}

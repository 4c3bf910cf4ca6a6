package io.escapement.policy;

import java.time.Instant;
import java.util.UUID;

/**
 * A subject's acceptance of one version of the terms of service: who, which version, when, where
 * and on which occasion. Holds no personal data beyond the subject id.
 *
 * @param subject the data subject's id (the vault's subject id)
 */
public record TermsAcceptance(
        UUID subject, int version, Instant acceptedAt, AcceptanceChannel channel, TermsOccasion occasion) {}

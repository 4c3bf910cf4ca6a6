package io.escapement.policy;

import java.time.Instant;
import java.util.UUID;

/**
 * A subject's acceptance of one version of the policy (N-1, N-3).
 *
 * @param subject the data subject's id (the vault's subject id)
 * @param early whether the subject opted into the version before it took effect
 */
public record Acceptance(UUID subject, int version, Instant acceptedAt, boolean early, AcceptanceChannel channel) {}

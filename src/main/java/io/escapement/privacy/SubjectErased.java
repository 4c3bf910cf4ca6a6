package io.escapement.privacy;

import java.util.UUID;

/**
 * A data subject was crypto-shredded in the vault: its personal information can no longer be read.
 * Every module that keeps rows linked to the subject handles it with an
 * {@code @ApplicationModuleListener}, through the event publication registry, so the erasure is
 * finished even after a crash; handlers must be idempotent. It lives in the privacy module because
 * every module, the privacy modules included, may depend on it (see docs/adr/0012). Carries the
 * subject's id only.
 *
 * @param subject the vault subject's id
 */
public record SubjectErased(UUID subject) {}

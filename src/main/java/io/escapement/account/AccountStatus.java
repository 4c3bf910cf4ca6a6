package io.escapement.account;

/**
 * Where an account is in its life. The names are the values of {@code account.account.status};
 * {@link #PURGED} is never stored: a purged account's row is deleted.
 */
public enum AccountStatus {
    /** Signed up and usable. */
    ACTIVE,
    /** A minor's account waiting for a guardian's consent (M-1): no profiling, marketing or analytics. */
    RESTRICTED,
    /** Cancelled and in its regret period: the buyer may restore it until it is purged. */
    PENDING_DELETION,
    /** Locked after a compromise report (P-11) until the security team unlocks it. */
    LOCKED,
    /** Erased: the row is gone and the vault subject shredded. */
    PURGED
}

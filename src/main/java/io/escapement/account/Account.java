package io.escapement.account;

import static io.escapement.account.AccountStatus.ACTIVE;
import static io.escapement.account.AccountStatus.LOCKED;
import static io.escapement.account.AccountStatus.PENDING_DELETION;
import static io.escapement.account.AccountStatus.PURGED;
import static io.escapement.account.AccountStatus.RESTRICTED;

import io.escapement.vault.SubjectId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A buyer's account: its status and the moves between them. Each move checks the status and throws
 * {@link IllegalAccountTransition} when it is not allowed; {@link Accounts} loads and saves it. The
 * account holds no personal information: that lives in the vault under the same subject id.
 *
 * <pre>
 * ACTIVE ──restrictAsMinor──▶ RESTRICTED ──liftRestriction──▶ ACTIVE
 * ACTIVE, RESTRICTED ──cancel──▶ PENDING_DELETION ──restore──▶ ACTIVE (RESTRICTED while still restricted)
 * ACTIVE, RESTRICTED ──lock──▶ LOCKED ──unlock──▶ ACTIVE (RESTRICTED while still restricted)
 * PENDING_DELETION, RESTRICTED ──purge──▶ PURGED
 * </pre>
 */
public final class Account {

    private final SubjectId id;
    private @Nullable AccountStatus stored;
    private AccountStatus status;
    private @Nullable Instant restrictedAt;
    private @Nullable Instant cancelledAt;
    private @Nullable Instant purgeAfter;
    private @Nullable Instant identityVerifiedAt;

    Account(
            SubjectId id,
            @Nullable AccountStatus stored,
            AccountStatus status,
            @Nullable Instant restrictedAt,
            @Nullable Instant cancelledAt,
            @Nullable Instant purgeAfter,
            @Nullable Instant identityVerifiedAt) {
        this.id = Objects.requireNonNull(id);
        this.stored = stored;
        this.status = Objects.requireNonNull(status);
        this.restrictedAt = restrictedAt;
        this.cancelledAt = cancelledAt;
        this.purgeAfter = purgeAfter;
        this.identityVerifiedAt = identityVerifiedAt;
    }

    /** A new, active account of the vault subject {@code id}, not yet saved. */
    public static Account open(SubjectId id) {
        return new Account(id, null, ACTIVE, null, null, null, null);
    }

    public SubjectId id() {
        return id;
    }

    public AccountStatus status() {
        return status;
    }

    /** The status the account had when it was loaded; null for a new one. Saving expects it still there. */
    @Nullable
    AccountStatus stored() {
        return stored;
    }

    /** Saved: the next save expects the status it has now. */
    void stored(AccountStatus saved) {
        stored = saved;
    }

    /** Whether the buyer may sign in: the account is active or a minor's awaiting consent. */
    public boolean maySignIn() {
        return status == ACTIVE || status == RESTRICTED;
    }

    /** When a cancelled account will be purged; null unless it is pending deletion. */
    public @Nullable Instant purgeAfter() {
        return purgeAfter;
    }

    /** Since when a minor's account has waited for a guardian's consent; null when it is not restricted. */
    public @Nullable Instant restrictedAt() {
        return restrictedAt;
    }

    public @Nullable Instant cancelledAt() {
        return cancelledAt;
    }

    public @Nullable Instant identityVerifiedAt() {
        return identityVerifiedAt;
    }

    public boolean isIdentityVerified() {
        return identityVerifiedAt != null;
    }

    /** The account of someone under 18 waits for a guardian's consent (M-1). */
    public void restrictAsMinor(Instant now) {
        require("restrictAsMinor", ACTIVE);
        status = RESTRICTED;
        restrictedAt = now;
    }

    /** A guardian consented, or a verified ID shows an adult: the minor's restriction ends (M-1). */
    public void liftRestriction() {
        require("liftRestriction", RESTRICTED);
        status = ACTIVE;
        restrictedAt = null;
    }

    /** The buyer cancels; the account waits for its purge until {@code purgeAfter} (R-3, U-11). */
    public void cancel(Instant now, Instant purgeAfter) {
        require("cancel", ACTIVE, RESTRICTED);
        status = PENDING_DELETION;
        cancelledAt = now;
        this.purgeAfter = purgeAfter;
    }

    /** The buyer signs in during the regret period and keeps the account, restricted again if it was. */
    public void restore() {
        require("restore", PENDING_DELETION);
        status = restrictedAt == null ? ACTIVE : RESTRICTED;
        cancelledAt = null;
        purgeAfter = null;
    }

    /** The owner reported a compromise: nobody signs in until the security team unlocks it (P-11). */
    public void lock() {
        require("lock", ACTIVE, RESTRICTED);
        status = LOCKED;
    }

    /** The security team verified the owner; a minor's account stays restricted (P-11). */
    public void unlock() {
        require("unlock", LOCKED);
        status = restrictedAt == null ? ACTIVE : RESTRICTED;
    }

    /** The regret period is over or no guardian consented in time: the account is erased (R-3, M-3). */
    public void purge() {
        require("purge", PENDING_DELETION, RESTRICTED);
        status = PURGED;
    }

    /** The buyer's real name was verified; the age now comes from the ID. */
    public void verifyIdentity(Instant now) {
        require("verifyIdentity", ACTIVE, RESTRICTED, PENDING_DELETION, LOCKED);
        identityVerifiedAt = now;
    }

    private void require(String move, AccountStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new IllegalAccountTransition(status, move);
        }
    }
}

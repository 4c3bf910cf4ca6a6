package io.escapement.account.closing;

import io.escapement.account.AccountSessions;
import io.escapement.account.AccountStatus;
import io.escapement.account.Accounts;
import io.escapement.account.IllegalAccountTransition;
import io.escapement.account.spi.CancellationBlocker;
import io.escapement.consent.Channel;
import io.escapement.consent.Consents;
import io.escapement.policy.PolicyVersions;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account cancellation (U-11, C-12, U-10, R-3). Cancelling withdraws every consent, ends every
 * session and starts a regret period ({@code escapement.account.regret-period}, one month by
 * default) in which nothing is deleted and the buyer can restore the account by signing in with a
 * code; waiving the period purges at once. The {@link AccountPurge} erases the account when the
 * period is over.
 */
@Service
public class Cancellation {

    /**
     * What a cancellation request did.
     *
     * @param purgeAfter when the account will be purged; null when it is purged already
     * @param repeated whether the account had been cancelled before: the request changed nothing
     */
    public record Outcome(@Nullable Instant purgeAfter, boolean repeated) {}

    private final Consents consents;
    private final PolicyVersions policy;
    private final Clock clock;
    private final List<CancellationBlocker> blockers;
    private final Accounts accounts;
    private final AccountSessions sessions;
    private final AccountPurge purge;
    private final Duration regretPeriod;

    Cancellation(
            Consents consents,
            PolicyVersions policy,
            Clock clock,
            List<CancellationBlocker> blockers,
            Accounts accounts,
            AccountSessions sessions,
            AccountPurge purge,
            @Value("${escapement.account.regret-period:P30D}") Duration regretPeriod) {
        this.consents = consents;
        this.policy = policy;
        this.clock = clock;
        this.blockers = List.copyOf(blockers);
        this.accounts = accounts;
        this.sessions = sessions;
        this.purge = purge;
        this.regretPeriod = regretPeriod;
    }

    /** What stops the account from being cancelled now, as message keys; empty when nothing does. */
    public List<String> blockers(SubjectId account) {
        return blockers.stream()
                .flatMap(blocker -> blocker.blockers(account).stream())
                .toList();
    }

    /**
     * Cancels the account. A repeated request (a form sent twice) changes nothing and says when
     * the account will be purged.
     *
     * @param waiveRegretPeriod purge at once instead of after the regret period
     * @throws IllegalStateException when a blocker remains, or {@link IllegalAccountTransition} when
     *     the account is locked
     */
    @Transactional
    public Outcome cancel(SubjectId account, boolean waiveRegretPeriod) {
        var found = accounts.findForUpdate(account);
        if (found.isEmpty()) {
            return new Outcome(null, true);
        }
        var cancelled = found.get();
        if (cancelled.status() == AccountStatus.PENDING_DELETION) {
            return new Outcome(cancelled.purgeAfter(), true);
        }
        if (!blockers(account).isEmpty()) {
            throw new IllegalStateException("The account cannot be cancelled yet: " + blockers(account));
        }
        var now = clock.instant();
        var purgeAfter = waiveRegretPeriod ? now : now.plus(regretPeriod);
        cancelled.cancel(now, purgeAfter);
        accounts.save(cancelled);
        consents.revokeAll(account, policy.effectiveVersionFor(account.value(), now), Channel.WEB, "account cancelled");
        sessions.endAll(account);
        if (waiveRegretPeriod) {
            purge.purge(account, AccountPurge.Reason.CANCELLED);
            return new Outcome(null, false);
        }
        return new Outcome(purgeAfter, false);
    }

    /** Whether the account is waiting for its purge. */
    public boolean isPendingDeletion(SubjectId account) {
        return accounts.find(account)
                .filter(found -> found.status() == AccountStatus.PENDING_DELETION)
                .isPresent();
    }
}

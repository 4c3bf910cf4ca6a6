package io.escapement.account.closing;

import io.escapement.account.AccountPhones;
import io.escapement.account.AccountSessions;
import io.escapement.account.Accounts;
import io.escapement.account.IllegalAccountTransition;
import io.escapement.account.signin.OneTimeCodes;
import io.escapement.account.signin.Passkeys;
import io.escapement.privacy.SubjectErased;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The purge (R-3, C-12, M-3): erases accounts whose regret period is over and minors' accounts
 * that stayed without a guardian's consent for {@code escapement.account.guardian-consent-window}.
 * Each account is purged in its own transaction: the account module's own rows are deleted, the
 * vault subject is crypto-shredded (which publishes {@link io.escapement.privacy.SubjectErased} for
 * the other modules, whose listeners the job retries until they complete), and a pseudonymous
 * record of the purge and its reason is kept. The job runs
 * on one node at a time (ShedLock) and is idempotent: an account whose purge failed half-way is
 * still due, and the next run finishes it.
 */
@Service
public class AccountPurge {

    /** Why an account was purged; kept with its pseudonymous id, never with personal information. */
    public enum Reason {
        CANCELLED,
        MINOR_WITHOUT_GUARDIAN_CONSENT
    }

    static final String LOCK = "account-purge";
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(AccountPurge.class);

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;
    private final Accounts accounts;
    private final AccountSessions sessions;
    private final AccountPhones phones;
    private final Passkeys passkeys;
    private final OneTimeCodes codes;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final LockingTaskExecutor locks;
    private final Duration guardianConsentWindow;
    private final IncompleteEventPublications publications;
    private final Duration erasureRetryAfter;

    AccountPurge(
            JdbcClient jdbc,
            PersonalDataVault vault,
            Accounts accounts,
            AccountSessions sessions,
            AccountPhones phones,
            Passkeys passkeys,
            OneTimeCodes codes,
            Clock clock,
            PlatformTransactionManager transactionManager,
            LockingTaskExecutor locks,
            @Value("${escapement.account.guardian-consent-window:P30D}") Duration guardianConsentWindow,
            IncompleteEventPublications publications,
            @Value("${escapement.account.erasure-retry-after:PT10M}") Duration erasureRetryAfter) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.accounts = accounts;
        this.sessions = sessions;
        this.phones = phones;
        this.passkeys = passkeys;
        this.codes = codes;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.locks = locks;
        this.guardianConsentWindow = guardianConsentWindow;
        this.publications = publications;
        this.erasureRetryAfter = erasureRetryAfter;
    }

    /** The scheduled job: {@link #purgeDue} under the cluster-wide lock; does nothing while another node holds it. */
    @Scheduled(
            fixedDelayString = "${escapement.account.purge-interval:PT1H}",
            initialDelayString = "${escapement.account.purge-initial-delay:PT5M}")
    public void purgeDueOnOneNode() {
        locks.executeWithLock(
                (Runnable) this::purgeDue,
                new LockConfiguration(ClockProvider.now(), LOCK, LOCK_AT_MOST, Duration.ZERO));
    }

    /**
     * Purges every account that is due, each in its own transaction; a failure is logged and
     * leaves that account due for the next run. Erasure events that a module's listener has not
     * completed within {@code escapement.account.erasure-retry-after} are handed to it again.
     *
     * @return the number of accounts purged
     */
    public int purgeDue() {
        var now = clock.instant();
        int purged = 0;
        for (var account : accounts.pendingDeletionDue(now)) {
            purged += purgeLogged(account, Reason.CANCELLED);
        }
        for (var account : accounts.restrictedSince(now.minus(guardianConsentWindow))) {
            purged += purgeLogged(account, Reason.MINOR_WITHOUT_GUARDIAN_CONSENT);
        }
        codes.sweep(now);
        publications.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withMinAge(erasureRetryAfter)
                .withFilter(publication -> publication.getEvent() instanceof SubjectErased));
        return purged;
    }

    private int purgeLogged(SubjectId account, Reason reason) {
        try {
            return purge(account, reason) ? 1 : 0;
        } catch (IllegalAccountTransition e) {
            log.info("Account {} is no longer due for its purge: {}", account, e.getMessage());
            return 0;
        } catch (RuntimeException e) {
            log.warn("Purge of account {} ({}) failed; the next run finishes it: {}", account, reason, e.toString());
            return 0;
        }
    }

    /**
     * Purges one account in a transaction of its own, or in the caller's. Idempotent.
     *
     * @return false when there was no such account (left) to purge
     * @throws IllegalAccountTransition when the account is neither pending deletion nor a minor's
     *     awaiting consent, for example restored since it was found due
     */
    public boolean purge(SubjectId account, Reason reason) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            var found = accounts.findForUpdate(account);
            if (found.isEmpty()) {
                return false;
            }
            var purged = found.get();
            purged.purge();
            deleteSignInCodes(account);
            sessions.endAll(account);
            jdbc.sql("delete from account.guardian_consent where subject_id = :id")
                    .param("id", account.value())
                    .update();
            passkeys.revokeAll(account);
            vault.shred(account);
            accounts.save(purged);
            jdbc.sql("""
                            insert into account.erasure (subject_id, reason, erased_at) values (:id, :reason, :at)
                            on conflict (subject_id) do nothing""")
                    .param("id", account.value())
                    .param("reason", reason.name())
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
            log.info("Account {} purged, reason {}", account, reason);
            return true;
        }));
    }

    /** While the number can still be read; after a crash past the shred, the daily sweep removes them. */
    private void deleteSignInCodes(SubjectId account) {
        phones.of(account, "account-purge").ifPresent(codes::forget);
    }
}

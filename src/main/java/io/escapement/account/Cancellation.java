package io.escapement.account;

import io.escapement.account.spi.CancellationBlocker;
import io.escapement.consent.Channel;
import io.escapement.consent.Consents;
import io.escapement.policy.PolicyVersions;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import io.escapement.vault.Accessor;
import io.escapement.vault.KeyedDigests;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account cancellation (U-11, C-12, U-10, R-3). Cancelling withdraws every consent, ends every
 * session and starts a one-month regret period in which nothing is deleted and the buyer can
 * restore the account by signing in with a code; waiving the period purges at once. The purge
 * crypto-shreds the buyer's vault subject, so no copy of their personal information stays readable.
 */
@Service
public class Cancellation {

    public static final Duration REGRET_PERIOD = Duration.ofDays(30);
    private static final Logger log = LoggerFactory.getLogger(Cancellation.class);

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;
    private final Consents consents;
    private final PolicyVersions policy;
    private final KeyedDigests digests;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final Clock clock;
    private final List<CancellationBlocker> blockers;
    private final Accounts accounts;
    private final Passkeys passkeys;

    Cancellation(
            JdbcClient jdbc,
            PersonalDataVault vault,
            Consents consents,
            PolicyVersions policy,
            KeyedDigests digests,
            FindByIndexNameSessionRepository<? extends Session> sessions,
            Clock clock,
            List<CancellationBlocker> blockers,
            Accounts accounts,
            Passkeys passkeys) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.consents = consents;
        this.policy = policy;
        this.digests = digests;
        this.sessions = sessions;
        this.clock = clock;
        this.blockers = List.copyOf(blockers);
        this.accounts = accounts;
        this.passkeys = passkeys;
    }

    /** What stops the account from being cancelled now, as message keys; empty when nothing does. */
    public List<String> blockers(SubjectId account) {
        return blockers.stream()
                .flatMap(blocker -> blocker.blockers(account).stream())
                .toList();
    }

    /**
     * Cancels the account.
     *
     * @param waiveRegretPeriod purge at once instead of after {@link #REGRET_PERIOD}
     * @return when the account will be purged
     * @throws IllegalStateException when a blocker remains
     */
    @Transactional
    public Instant cancel(SubjectId account, boolean waiveRegretPeriod) {
        if (!blockers(account).isEmpty()) {
            throw new IllegalStateException("The account cannot be cancelled yet: " + blockers(account));
        }
        var now = clock.instant();
        var purgeAfter = waiveRegretPeriod ? now : now.plus(REGRET_PERIOD);
        jdbc.sql("""
                        update account.account set status = 'PENDING_DELETION', cancelled_at = :now, purge_after = :purge
                        where subject_id = :id and status <> 'PENDING_DELETION'""")
                .param("now", Timestamp.from(now))
                .param("purge", Timestamp.from(purgeAfter))
                .param("id", account.value())
                .update();
        consents.revokeAll(account, policy.effectiveVersionFor(account.value(), now), Channel.WEB, "account cancelled");
        sessions.findByPrincipalName(account.toString()).keySet().forEach(sessions::deleteById);
        if (waiveRegretPeriod) {
            purge(account);
        }
        return purgeAfter;
    }

    /** Whether the account is waiting for its purge. */
    public boolean isPendingDeletion(SubjectId account) {
        return accounts.hasStatus(account, "PENDING_DELETION");
    }

    /** The retention job: purges every account whose regret period is over. Idempotent. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public int purgeDue() {
        var due = jdbc.sql("select subject_id from account.account where status = 'PENDING_DELETION'"
                        + " and purge_after <= :now")
                .param("now", Timestamp.from(clock.instant()))
                .query(UUID.class)
                .list();
        due.forEach(subject -> purge(new SubjectId(subject)));
        return due.size();
    }

    @Transactional
    void purge(SubjectId account) {
        var phone = vault.reveal(
                account,
                AccountContact.class,
                "phone",
                PhoneNumber.class,
                Purpose.ACCOUNT,
                Accessor.system("account-purge"));
        if (phone instanceof Read.Present<PhoneNumber> present) {
            jdbc.sql("delete from account.sign_in_code where number_digest = :number")
                    .param(
                            "number",
                            digests.of(
                                    OneTimeCodes.NUMBER_DOMAIN, present.value().normalized()))
                    .update();
        }
        passkeys.revokeAll(account);
        vault.shred(account);
        jdbc.sql("delete from account.account where subject_id = :id")
                .param("id", account.value())
                .update();
        log.info("Account {} purged after cancellation", account);
    }
}

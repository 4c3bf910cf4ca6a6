package io.escapement.account;

import io.escapement.policy.AcceptanceChannel;
import io.escapement.policy.PolicyVersions;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyer accounts. Signing in with a code registers the number on first use: the account is a
 * vault subject, its phone number is sealed in the vault and found again by blind index, and the
 * policy version the buyer accepted is recorded (C-1). Nothing else is asked at sign-up.
 */
@Service
public class Accounts {

    private final JdbcClient jdbc;
    private final OneTimeCodes codes;
    private final PersonalDataVault vault;
    private final PolicyVersions policy;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    Accounts(
            JdbcClient jdbc,
            OneTimeCodes codes,
            PersonalDataVault vault,
            PolicyVersions policy,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.vault = vault;
        this.policy = policy;
        this.sessions = sessions;
    }

    /** Signs the account out on every device: its server-side sessions are deleted. */
    void endSessions(SubjectId account) {
        sessions.findByPrincipalName(account.toString()).keySet().forEach(sessions::deleteById);
    }

    /**
     * Signs in with the code sent to {@code phone}, registering a new account if the number has
     * none. The code is checked first, so a wrong code gets the same refusal whether the number is
     * free, has an account or a cancelled one; a refusal after a right code leaves it usable.
     *
     * @param acceptsPolicy whether the person ticked acceptance of the privacy policy in effect;
     *     needed to register, not to sign in again
     * @param restore whether to restore the account if it was cancelled and is in its regret
     *     period; without it such a sign-in is refused with {@code signin.pendingDeletion}
     * @throws SignInRefused for a wrong, used or expired code, or a registration without acceptance
     */
    @Transactional(noRollbackFor = SignInRefused.class)
    public SubjectId signIn(PhoneNumber phone, String code, boolean acceptsPolicy, boolean restore) {
        var match = codes.match(phone, code).orElseThrow(() -> new SignInRefused("signin.wrongCode"));
        var existing = find(phone);
        if (existing.isEmpty() && !acceptsPolicy) {
            throw new SignInRefused("signin.acceptPolicy");
        }
        var status = existing.flatMap(this::find).map(Account::status);
        boolean cancelled =
                status.filter(AccountStatus.PENDING_DELETION::equals).isPresent();
        if (cancelled && !restore) {
            throw new SignInRefused("signin.pendingDeletion");
        }
        if (!codes.use(match)) {
            throw new SignInRefused("signin.wrongCode");
        }
        if (status.filter(AccountStatus.LOCKED::equals).isPresent()) {
            throw new SignInRefused("signin.accountLocked");
        }
        if (cancelled) {
            var account = find(existing.get()).orElseThrow();
            account.restore();
            save(account);
        }
        var account = existing.orElseGet(() -> register(phone));
        recordSignIn(account);
        return account;
    }

    /** The account's phone number read by a system {@code component}; empty when it has none or was erased. */
    Optional<PhoneNumber> phone(SubjectId account, String component) {
        var phone = vault.reveal(
                account, AccountContact.class, "phone", PhoneNumber.class, Purpose.ACCOUNT, Accessor.system(component));
        return phone instanceof Read.Present<PhoneNumber> present ? Optional.of(present.value()) : Optional.empty();
    }

    public Optional<SubjectId> find(PhoneNumber phone) {
        return vault.lookup(AccountContact.class, "phone", phone).stream().findFirst();
    }

    private SubjectId register(PhoneNumber phone) {
        return open(new AccountContact(phone));
    }

    /**
     * Opens an account: a new vault subject holding {@code credentials}, and the acceptance of the
     * policy in effect. Registration by phone and by e-mail share it.
     */
    SubjectId open(Record credentials) {
        var subject = vault.newSubject("buyer");
        vault.store(subject, credentials);
        add(Account.open(subject));
        policy.accept(subject.value(), policy.effectiveVersion(Instant.now()), AcceptanceChannel.WEB);
        return subject;
    }

    private static final String COLUMNS =
            "subject_id, status, restricted_at, cancelled_at, purge_after, identity_verified_at";

    /** The account, or empty when there is none (never opened, or purged). */
    public Optional<Account> find(SubjectId id) {
        return jdbc.sql("select " + COLUMNS + " from account.account where subject_id = :id")
                .param("id", id.value())
                .query(Accounts::account)
                .optional();
    }

    /** The account, its row locked until the transaction ends; empty when there is none. */
    public Optional<Account> findForUpdate(SubjectId id) {
        return jdbc.sql("select " + COLUMNS + " from account.account where subject_id = :id for update")
                .param("id", id.value())
                .query(Accounts::account)
                .optional();
    }

    /** Stores a new account ({@link Account#open}). */
    public void add(Account account) {
        if (account.stored() != null) {
            throw new IllegalArgumentException("Account " + account.id() + " is stored already.");
        }
        jdbc.sql("insert into account.account (subject_id, status) values (:id, :status)")
                .param("id", account.id().value())
                .param("status", account.status().name())
                .update();
        account.stored(account.status());
    }

    /**
     * Saves the account's status and dates, or deletes its row once it is {@link AccountStatus#PURGED};
     * written only if the stored status is still the one it was loaded with.
     *
     * @throws OptimisticLockingFailureException when another transaction changed the status first
     *     or the account is gone: nothing was written
     */
    public void save(Account account) {
        if (!saveIfUnchanged(account)) {
            throw new OptimisticLockingFailureException(
                    "Account " + account.id() + " is no longer " + account.stored() + ".");
        }
    }

    /**
     * Saves as {@link #save} does, for moves that apply only while the account is still as it was
     * loaded: another transaction that changed the status first wins.
     *
     * @return false when the stored status had changed or the account is gone: nothing was written
     */
    public boolean saveIfUnchanged(Account account) {
        var expected = account.stored();
        if (expected == null) {
            throw new IllegalArgumentException("Account " + account.id() + " was never stored: add it.");
        }
        int rows = account.status() == AccountStatus.PURGED
                ? jdbc.sql("delete from account.account where subject_id = :id and status = :expected")
                        .param("id", account.id().value())
                        .param("expected", expected.name())
                        .update()
                : jdbc.sql("""
                                update account.account set status = :status, restricted_at = :restrictedAt,
                                  cancelled_at = :cancelledAt, purge_after = :purgeAfter,
                                  identity_verified_at = :identityVerifiedAt
                                where subject_id = :id and status = :expected""")
                        .param("status", account.status().name())
                        .param("restrictedAt", timestamp(account.restrictedAt()), Types.TIMESTAMP)
                        .param("cancelledAt", timestamp(account.cancelledAt()), Types.TIMESTAMP)
                        .param("purgeAfter", timestamp(account.purgeAfter()), Types.TIMESTAMP)
                        .param("identityVerifiedAt", timestamp(account.identityVerifiedAt()), Types.TIMESTAMP)
                        .param("id", account.id().value())
                        .param("expected", expected.name())
                        .update();
        if (rows == 1) {
            account.stored(account.status());
        }
        return rows == 1;
    }

    /** Records that the buyer signed in now, by any means. */
    public void recordSignIn(SubjectId id) {
        jdbc.sql("update account.account set last_signed_in_at = now() where subject_id = :id")
                .param("id", id.value())
                .update();
    }

    /** Every active account. */
    public List<SubjectId> active() {
        return subjects(jdbc.sql("select subject_id from account.account where status = :status")
                .param("status", AccountStatus.ACTIVE.name()));
    }

    /** Cancelled accounts whose regret period is over by {@code at}. */
    public List<SubjectId> pendingDeletionDue(Instant at) {
        return ids(AccountStatus.PENDING_DELETION, "purge_after <= :at", at);
    }

    /** Minors' accounts restricted since {@code before} or earlier. */
    public List<SubjectId> restrictedSince(Instant before) {
        return ids(AccountStatus.RESTRICTED, "restricted_at <= :at", before);
    }

    private List<SubjectId> ids(AccountStatus status, String condition, Instant at) {
        return subjects(jdbc.sql("select subject_id from account.account where status = :status and " + condition)
                .param("status", status.name())
                .param("at", Timestamp.from(at)));
    }

    private static List<SubjectId> subjects(JdbcClient.StatementSpec query) {
        return query.query(UUID.class).list().stream().map(SubjectId::new).toList();
    }

    private static Account account(ResultSet row, int number) throws SQLException {
        var status = AccountStatus.valueOf(row.getString("status"));
        return new Account(
                new SubjectId(row.getObject("subject_id", UUID.class)),
                status,
                status,
                instant(row.getTimestamp("restricted_at")),
                instant(row.getTimestamp("cancelled_at")),
                instant(row.getTimestamp("purge_after")),
                instant(row.getTimestamp("identity_verified_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

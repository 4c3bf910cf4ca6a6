package io.escapement.account;

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
import org.springframework.stereotype.Repository;

/**
 * The repository of {@link Account}s, and the only code that writes {@code account.account}. A save
 * is written only while the stored status is still the one the account was loaded with, so two
 * transactions that move the same account cannot both win.
 */
@Repository
public class Accounts {

    private static final String COLUMNS =
            "subject_id, status, restricted_at, cancelled_at, purge_after, identity_verified_at";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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

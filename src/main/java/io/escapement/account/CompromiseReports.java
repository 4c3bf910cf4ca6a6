package io.escapement.account;

import io.escapement.account.signin.Passkeys;
import io.escapement.vault.SubjectId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My account or data may be compromised" (P-11): locks the account, ends every session, revokes every
 * passkey and opens a priority case for the security team, who unlock it once the owner is verified.
 */
@Service
public class CompromiseReports {

    /** An open case as the security team sees it: the account id only, no personal information. */
    public record SecurityCase(SecurityCaseId id, UUID account, String kind, String priority, Instant openedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Passkeys passkeys;
    private final Accounts accounts;
    private final AccountSessions sessions;

    CompromiseReports(JdbcClient jdbc, Clock clock, Passkeys passkeys, Accounts accounts, AccountSessions sessions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.passkeys = passkeys;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /**
     * Locks the account, signs it out everywhere, revokes its passkeys and opens a HIGH priority case;
     * returns the case id.
     *
     * @throws IllegalAccountTransition when the account is not active or a minor's awaiting consent
     */
    @Transactional
    public long report(SubjectId account) {
        var locked = accounts.findForUpdate(account).orElseThrow();
        locked.lock();
        accounts.save(locked);
        sessions.endAll(account);
        passkeys.revokeAll(account);
        return jdbc.sql("""
                        insert into account.security_case (subject_id, kind, priority, status, opened_at)
                        values (:id, 'ACCOUNT_COMPROMISE', 'HIGH', 'OPEN', :at) returning id""")
                .param("id", account.value())
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    /**
     * The security team closes a compromise case once the owner is verified, and the account is
     * unlocked (a minor's stays restricted); sessions stay ended, so the owner signs in afresh.
     *
     * @param staffHandle the work handle of the staff member who closes the case
     * @param resolution how the owner was verified, for the record (no personal information)
     * @return whether an open compromise case was closed
     */
    @Transactional
    public boolean unlock(SecurityCaseId caseId, String staffHandle, String resolution) {
        var account = jdbc.sql("""
                        update account.security_case set status = 'CLOSED', closed_at = :at, closed_by = :by,
                               resolution = :resolution
                        where id = :id and status = 'OPEN' and kind = 'ACCOUNT_COMPROMISE' returning subject_id""")
                .param("at", Timestamp.from(clock.instant()))
                .param("by", staffHandle)
                .param("resolution", resolution.strip())
                .param("id", caseId.value())
                .query(UUID.class)
                .optional();
        account.flatMap(subject -> accounts.find(new SubjectId(subject)))
                .filter(found -> found.status() == AccountStatus.LOCKED)
                .ifPresent(locked -> {
                    locked.unlock();
                    accounts.saveIfUnchanged(locked);
                });
        return account.isPresent();
    }

    /** Open cases, highest priority and oldest first. */
    public List<SecurityCase> openCases() {
        return jdbc.sql("""
                        select id, subject_id, kind, priority, opened_at from account.security_case
                        where status = 'OPEN' order by priority = 'HIGH' desc, opened_at""")
                .query((rs, row) -> new SecurityCase(
                        new SecurityCaseId(rs.getLong("id")),
                        rs.getObject("subject_id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("priority"),
                        rs.getTimestamp("opened_at").toInstant()))
                .list();
    }
}

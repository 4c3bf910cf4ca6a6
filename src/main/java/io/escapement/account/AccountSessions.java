package io.escapement.account;

import io.escapement.vault.SubjectId;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** The server-side sessions a buyer is signed in with. */
@Component
public class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Signs the account out on every device: its server-side sessions are deleted. */
    public void endAll(SubjectId account) {
        sessions.findByPrincipalName(account.toString()).keySet().forEach(sessions::deleteById);
    }
}

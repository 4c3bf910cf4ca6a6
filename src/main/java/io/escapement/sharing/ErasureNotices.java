package io.escapement.sharing;

import io.escapement.privacy.SubjectErased;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a subject is erased, its ledger rows stay (they hold no personal value, and say whom the
 * platform gave what) and each recipient that received anything about it gets a pending erasure
 * notice, for issue 16 to send (ADR 37). Idempotent.
 */
@Component
class ErasureNotices {

    private final JdbcClient jdbc;

    ErasureNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(SubjectErased erased) {
        jdbc.sql("""
                        insert into sharing.erasure_notice (subject_id, recipient, erased_at)
                        select distinct subject_id, recipient, now() from sharing.entry where subject_id = :subject
                        on conflict do nothing""").param("subject", erased.subject()).update();
    }
}

package io.escapement.policy;

import io.escapement.privacy.SubjectErased;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deletes an erased subject's acceptances of the policy and of the terms of service. The consent ledger keeps, under the
 * pseudonymous id only, the record of what was granted and withdrawn under which version.
 */
@Component
class ErasedAcceptances {

    private final JdbcClient jdbc;

    ErasedAcceptances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(SubjectErased erased) {
        jdbc.sql("delete from policy.acceptance where subject = :subject")
                .param("subject", erased.subject())
                .update();
        jdbc.sql("delete from policy.terms_acceptance where subject = :subject")
                .param("subject", erased.subject())
                .update();
    }
}

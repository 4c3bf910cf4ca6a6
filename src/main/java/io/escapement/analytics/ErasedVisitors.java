package io.escapement.analytics;

import io.escapement.privacy.SubjectErased;
import io.escapement.vault.Pseudonyms;
import io.escapement.vault.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Deletes the page views linked to an erased subject's pseudonym; the daily totals stay. */
@Component
class ErasedVisitors {

    private final JdbcClient jdbc;
    private final Pseudonyms pseudonyms;

    ErasedVisitors(JdbcClient jdbc, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
    }

    @ApplicationModuleListener
    void on(SubjectErased erased) {
        jdbc.sql("delete from analytics.linked_view where visitor = :visitor")
                .param("visitor", pseudonyms.of(new SubjectId(erased.subject()), PageViews.PSEUDONYM_DOMAIN))
                .update();
    }
}

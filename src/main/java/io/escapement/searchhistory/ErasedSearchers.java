package io.escapement.searchhistory;

import io.escapement.privacy.SubjectErased;
import io.escapement.vault.SubjectId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deletes an erased buyer's pseudonyms from the popular searches of the weeks not yet closed (C-3,
 * R-3), so they stop counting at once rather than when the week ends. Idempotent.
 */
@Component
class ErasedSearchers {

    private final PopularSearches popular;

    ErasedSearchers(PopularSearches popular) {
        this.popular = popular;
    }

    @ApplicationModuleListener
    void on(SubjectErased erased) {
        popular.forget(Searcher.buyer(new SubjectId(erased.subject())));
    }
}

package io.escapement.invoice;

import io.escapement.privacy.SubjectErased;
import io.escapement.vault.SubjectId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Deletes an erased buyer's invoice titles, shredding each (R-3, U-5). Idempotent. */
@Component
class ErasedInvoiceTitles {

    private final InvoiceTitles titles;

    ErasedInvoiceTitles(InvoiceTitles titles) {
        this.titles = titles;
    }

    @ApplicationModuleListener
    void on(SubjectErased erased) {
        titles.erase(new SubjectId(erased.subject()));
    }
}

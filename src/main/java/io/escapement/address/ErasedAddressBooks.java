package io.escapement.address;

import io.escapement.privacy.SubjectErased;
import io.escapement.vault.SubjectId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Deletes an erased buyer's address book, shredding every address (R-3, U-8). Idempotent. */
@Component
class ErasedAddressBooks {

    private final AddressBook book;

    ErasedAddressBooks(AddressBook book) {
        this.book = book;
    }

    @ApplicationModuleListener
    void on(SubjectErased erased) {
        book.erase(new SubjectId(erased.subject()));
    }
}

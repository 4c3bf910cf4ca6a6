package io.escapement.cart;

import io.escapement.privacy.SubjectErased;
import io.escapement.vault.SubjectId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Deletes an erased buyer's cart: its rows are linked to the buyer's subject id. Idempotent. */
@Component
class ErasedCarts {

    private final Carts carts;

    ErasedCarts(Carts carts) {
        this.carts = carts;
    }

    @ApplicationModuleListener
    void on(SubjectErased erased) {
        carts.forget(new SubjectId(erased.subject()));
    }
}

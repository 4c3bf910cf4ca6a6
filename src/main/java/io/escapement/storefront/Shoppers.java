package io.escapement.storefront;

import io.escapement.search.Shopper;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** Who is searching on a request of the storefront or the API. */
public final class Shoppers {

    private Shoppers() {}

    /**
     * The signed-in buyer, or the visitor by the session they already have: none is made to search
     * (ADR 24).
     */
    public static Shopper of(@Nullable Authentication visitor, HttpServletRequest request) {
        var buyer = SubjectId.buyer(visitor).orElse(null);
        var session = request.getSession(false);
        return new Shopper(buyer, buyer != null || session == null ? null : session.getId());
    }
}

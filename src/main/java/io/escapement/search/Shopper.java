package io.escapement.search;

import io.escapement.vault.SubjectId;
import org.jspecify.annotations.Nullable;

/**
 * Who typed a search, as the storefront knows them: a signed-in buyer, a visitor by the session
 * they already have, or neither. Carried by {@link ListingsSearched} in memory only, never stored.
 *
 * @param buyer the signed-in buyer's vault subject, or null for a visitor
 * @param session the id of the visitor's existing session, or null when they have none (none is
 *     made to search); a secret, never printed
 */
public record Shopper(@Nullable SubjectId buyer, @Nullable String session) {

    /** A visitor with no session, or a search nobody typed. */
    public static final Shopper UNKNOWN = new Shopper(null, null);

    /** Prints nothing that identifies the shopper: a session id is a secret. */
    @Override
    public String toString() {
        return "Shopper";
    }
}

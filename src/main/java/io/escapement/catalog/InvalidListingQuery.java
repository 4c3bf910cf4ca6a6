package io.escapement.catalog;

import io.escapement.language.WordedRefusal;

/**
 * A listing query that cannot be answered. Its message key says what to change, so that each
 * buyer reads it in their own language.
 */
public class InvalidListingQuery extends WordedRefusal {

    public InvalidListingQuery(String code, Object... arguments) {
        super(code, arguments);
    }
}

package io.escapement.catalog;

/** A listing query that cannot be answered; the message says what to change, in plain words. */
public class InvalidListingQuery extends IllegalArgumentException {

    public InvalidListingQuery(String message) {
        super(message);
    }
}

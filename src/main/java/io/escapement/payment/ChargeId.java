package io.escapement.payment;

/** A charge's key in the database. */
public record ChargeId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

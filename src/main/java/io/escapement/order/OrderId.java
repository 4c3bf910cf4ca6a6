package io.escapement.order;

/** An order's key in the database; buyers and merchants see its {@link OrderNumber} instead. */
public record OrderId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

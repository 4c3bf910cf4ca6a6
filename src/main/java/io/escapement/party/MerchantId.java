package io.escapement.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/** A merchant registered on the marketplace. {@link #toString()} is the bare number, for URLs, and JSON has the number. */
public record MerchantId(@JsonValue long value) implements Serializable {

    /** The id a number stands for, as JSON gives it. */
    @JsonCreator
    public static MerchantId of(long value) {
        return new MerchantId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

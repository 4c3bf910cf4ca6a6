package io.escapement.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** One reference: a model as its brand catalogues it. {@link #toString()} is the bare number, for URLs, and JSON has the number. */
public record ReferenceId(@JsonValue long value) {

    /** The id a number stands for, as JSON gives it. */
    @JsonCreator
    public static ReferenceId of(long value) {
        return new ReferenceId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

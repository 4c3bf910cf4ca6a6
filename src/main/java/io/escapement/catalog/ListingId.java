package io.escapement.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.List;

/** One listing: one physical watch. {@link #toString()} is the bare number, for URLs, and JSON has the number. */
public record ListingId(@JsonValue long value) implements Comparable<ListingId> {

    public static List<ListingId> all(Collection<Long> values) {
        return values.stream().map(ListingId::new).toList();
    }

    public static List<Long> values(Collection<ListingId> ids) {
        return ids.stream().map(ListingId::value).toList();
    }

    @Override
    public int compareTo(ListingId other) {
        return Long.compare(value, other.value);
    }

    /** The id a number stands for, as JSON gives it. */
    @JsonCreator
    public static ListingId of(long value) {
        return new ListingId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

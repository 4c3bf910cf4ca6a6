package io.escapement.address;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One address of an address book. Random, so it tells nothing about other buyers' addresses. */
public record AddressId(@JsonValue UUID value) {

    public AddressId {
        Objects.requireNonNull(value, "value");
    }

    static AddressId random() {
        return new AddressId(UUID.randomUUID());
    }

    /** The id written in {@code text}, or empty when it is not a UUID. */
    public static Optional<AddressId> parse(String text) {
        try {
            return text.length() == 36 ? Optional.of(new AddressId(UUID.fromString(text))) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

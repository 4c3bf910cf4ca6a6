package io.escapement.invoice;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One invoice title of a buyer. Random, so it tells nothing about other buyers' titles. */
public record InvoiceTitleId(@JsonValue UUID value) {

    public InvoiceTitleId {
        Objects.requireNonNull(value, "value");
    }

    static InvoiceTitleId random() {
        return new InvoiceTitleId(UUID.randomUUID());
    }

    /** The id written in {@code text}, or empty when it is not a UUID. */
    public static Optional<InvoiceTitleId> parse(String text) {
        try {
            return text.length() == 36 ? Optional.of(new InvoiceTitleId(UUID.fromString(text))) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

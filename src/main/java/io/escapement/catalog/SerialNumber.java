package io.escapement.catalog;

import java.util.Objects;

/**
 * A watch's case serial number. It is confidential (used for stolen-watch checks and
 * certificates), so the only rendering offered to a page or an API is {@link #masked()}, and
 * {@link #toString()} masks too, keeping it out of logs.
 */
public record SerialNumber(String value) {

    public SerialNumber {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Z0-9]{4,20}")) {
            throw new IllegalArgumentException("A serial number has 4 to 20 upper-case letters or digits");
        }
    }

    /** The last four characters behind four asterisks, e.g. {@code ****1234}. */
    public String masked() {
        return "****" + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}

package io.escapement.vault;

import java.util.Objects;
import java.util.UUID;

/** A data subject: a buyer, a merchant contact or a staff member. Random, so it reveals nothing. */
public record SubjectId(UUID value) {

    public SubjectId {
        Objects.requireNonNull(value, "value");
    }

    public static SubjectId random() {
        return new SubjectId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

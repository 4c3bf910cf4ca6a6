package io.escapement.vault;

/**
 * The outcome of reading one field: its value, nothing stored, or erased by shredding.
 *
 * @param <T> the field's type
 */
public sealed interface Read<T> {

    record Present<T>(T value) implements Read<T> {
        @Override
        public String toString() {
            return "Present[" + (value instanceof io.escapement.privacy.Masked masked ? masked.masked() : "…") + "]";
        }
    }

    record Absent<T>() implements Read<T> {}

    /** The subject's key was destroyed: the value can never be read again. */
    record Erased<T>() implements Read<T> {}

    /** The value, or {@code fallback} when absent or erased. */
    default T orElse(T fallback) {
        return this instanceof Present<T> present ? present.value() : fallback;
    }

    default boolean isErased() {
        return this instanceof Erased<T>;
    }
}

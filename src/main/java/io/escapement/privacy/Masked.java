package io.escapement.privacy;

/**
 * A personal-information value that can be shown only masked. Every personal-information value
 * type implements it, and its {@link Object#toString()} returns {@link #masked()}, so logs, error
 * messages and string concatenation never carry the plaintext.
 */
public interface Masked {

    /** The value with the identifying part hidden behind asterisks; never {@code null}. */
    String masked();
}

package io.escapement.payment;

import java.security.SecureRandom;

/** References the providers echo back: a letter for the kind, then 19 random letters and digits. */
final class References {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {}

    static String next(String kind) {
        var reference = new StringBuilder(kind);
        while (reference.length() < 20) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}

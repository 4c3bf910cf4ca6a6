package io.escapement.privacy;

/** The masking rules that more than one value type shares. */
final class Masking {

    private Masking() {}

    /** Keeps the first {@code head} and last {@code tail} characters and stars each one between. */
    static String keepEnds(String value, int head, int tail) {
        return value.substring(0, head)
                + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }

    /** Keeps the first {@code count} code points and stars each later one. */
    static String keepLeading(String value, int count) {
        int end = value.offsetByCodePoints(0, count);
        return value.substring(0, end) + "*".repeat(value.codePointCount(end, value.length()));
    }
}

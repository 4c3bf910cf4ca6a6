package io.escapement.account;

/** A compromise report's case for the security team. {@link #toString()} is the bare number, for URLs. */
public record SecurityCaseId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package io.escapement.aftersales;

/** A return case's id; its reference for people is {@code RC-} and the number. */
public record ReturnCaseId(long value) {

    public ReturnCaseId {
        if (value <= 0) {
            throw new IllegalArgumentException("A return case id is positive: " + value);
        }
    }

    /** The case reference staff and buyers quote, e.g. {@code RC-42}; also the console's case reference. */
    public String reference() {
        return "RC-" + value;
    }
}

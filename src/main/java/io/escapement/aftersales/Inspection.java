package io.escapement.aftersales;

/** What inspecting the returned watch found: it came back as sent, or not (with a note saying why). */
public enum Inspection {
    PASSED,
    FAILED
}

package io.escapement.staff;

/** A staff request that cannot be carried out; {@link #reason()} is a message key. */
public class StaffProblem extends RuntimeException {

    private final String reason;

    public StaffProblem(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}

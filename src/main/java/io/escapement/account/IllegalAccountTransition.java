package io.escapement.account;

/** A move the account's status does not allow, such as restoring an account that was never cancelled. */
public class IllegalAccountTransition extends IllegalStateException {

    private final AccountStatus status;
    private final String move;

    IllegalAccountTransition(AccountStatus status, String move) {
        super("An account that is " + status + " cannot " + move + ".");
        this.status = status;
        this.move = move;
    }

    /** The status the account was in. */
    public AccountStatus status() {
        return status;
    }

    /** The refused move, as the aggregate's method name. */
    public String move() {
        return move;
    }
}

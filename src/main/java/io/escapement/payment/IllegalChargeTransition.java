package io.escapement.payment;

/** A move a charge's state does not allow, such as paying a failed charge or refunding more than was paid. */
public class IllegalChargeTransition extends IllegalStateException {

    IllegalChargeTransition(ChargeState from, String move) {
        super("A charge that is " + from + " cannot take: " + move);
    }
}

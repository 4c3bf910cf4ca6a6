package io.escapement.policy;

/** An operation on the policy's versions was refused; the message says why in plain words. */
public class PolicyVersionRefused extends IllegalArgumentException {

    public PolicyVersionRefused(String message) {
        super(message);
    }
}

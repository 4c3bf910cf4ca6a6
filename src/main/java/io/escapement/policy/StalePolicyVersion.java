package io.escapement.policy;

/** The version has been overtaken by a newer one and can no longer be accepted or published. */
public class StalePolicyVersion extends PolicyVersionRefused {

    StalePolicyVersion(String message) {
        super(message);
    }
}

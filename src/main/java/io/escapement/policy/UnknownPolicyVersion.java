package io.escapement.policy;

/** No version of that number exists, or it is a draft where a published version is needed. */
public class UnknownPolicyVersion extends PolicyVersionRefused {

    UnknownPolicyVersion(int number, boolean mustBePublished) {
        super(
                mustBePublished
                        ? "There is no published version " + number + " of the privacy policy."
                        : "There is no version " + number + " of the privacy policy.");
    }
}

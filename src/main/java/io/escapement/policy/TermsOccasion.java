package io.escapement.policy;

/** When a subject accepted a version of the terms of service. */
public enum TermsOccasion {
    /** While opening an account. */
    SIGN_UP,
    /** At checkout, because the version in effect was one they had not accepted yet. */
    CHECKOUT
}

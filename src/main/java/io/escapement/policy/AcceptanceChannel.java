package io.escapement.policy;

/** Where a subject accepted a version of the policy. */
public enum AcceptanceChannel {
    WEB,
    APP,
    MINI_PROGRAM
}

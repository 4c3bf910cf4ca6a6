package io.escapement.consent;

/** Where a consent decision was made. */
public enum Channel {
    WEB,
    APP,
    API,
    SUPPORT
}

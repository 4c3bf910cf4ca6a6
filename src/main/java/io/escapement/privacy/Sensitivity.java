package io.escapement.privacy;

/**
 * General or sensitive personal information in the sense of PIPL art. 28. Sensitive information
 * gets the stricter handling automatically: it cannot be declared for marketing, unmasking it
 * needs the {@link StaffRole#DPO} role, and (with the consent module) separate consent.
 */
public enum Sensitivity {
    GENERAL,
    SENSITIVE
}

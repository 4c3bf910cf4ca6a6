/**
 * The operations console for platform staff: the data map, the audit trail's verification and
 * its anomalies. Everything under {@code /console} requires the STAFF role. Until staff accounts
 * with a second factor exist, one bootstrap administrator signs in with a password generated on
 * first start.
 */
@ApplicationModule(
        displayName = "Console",
        allowedDependencies = {"privacy", "audit", "policy", "account"})
@NullMarked
package io.escapement.console;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

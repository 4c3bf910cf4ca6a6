/**
 * Accounts and identity. So far: one-time sign-in codes sent by SMS, with their abuse controls.
 * Registration, sessions, passkeys, real-name verification, minors and cancellation follow.
 * Owns the {@code account} schema.
 */
@ApplicationModule(
        displayName = "Account",
        allowedDependencies = {"privacy", "vault"})
@NullMarked
package io.escapement.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Accounts and identity. So far: buyers register and sign in with a one-time code sent by SMS
 * (with its abuse controls), and sessions live server-side. Passkeys, e-mail sign-up, staff second
 * factor, real-name verification, minors and cancellation follow.
 * Owns the {@code account} schema.
 */
@ApplicationModule(
        displayName = "Account",
        allowedDependencies = {"privacy", "vault", "policy", "consent", "consent :: spi", "audit"})
@NullMarked
package io.escapement.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

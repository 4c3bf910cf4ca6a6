/**
 * The privacy policy, generated from the code (N-4): the cookie inventory read from
 * {@code @DeclaredCookie} constants, the registries of recipients and embedded SDKs, the versions
 * of the policy with their publication and effective dates and each subject's acceptances
 * (N-1 to N-3), and the pages and API that publish it; beside it the terms of service (用户协议),
 * written as resources, versioned and sealed the same way and accepted at sign-up and checkout
 * ({@link io.escapement.policy.TermsVersions}, ADR 42). Owns the {@code policy} schema. Depends on
 * the privacy module only, never on a commerce module.
 */
@ApplicationModule(
        displayName = "Policy",
        allowedDependencies = {"privacy", "language"})
@ModuleRole(ModuleRole.Role.PRIVACY)
@NullMarked
package io.escapement.policy;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

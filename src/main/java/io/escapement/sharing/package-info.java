/**
 * The sharing gateway: every transfer of personal information to someone outside the platform
 * (payment providers, merchants, carriers) passes here. It checks the recipient's registration,
 * the purpose's legal basis and the subject's consent, keeps only the fields the recipient is
 * allowed for that purpose, and writes the sharing ledger, which holds no personal information
 * itself (S-1, S-2, S-5). Owns the {@code sharing} schema. Classes that talk to a company outside
 * the platform are {@link io.escapement.sharing.OutboundAdapter}s and send only a {@link
 * io.escapement.sharing.Shared}.
 */
@ApplicationModule(
        displayName = "Sharing gateway",
        allowedDependencies = {"privacy", "policy", "consent", "vault", "language"})
@ModuleRole(ModuleRole.Role.PRIVACY)
@NullMarked
package io.escapement.sharing;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

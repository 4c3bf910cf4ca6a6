/**
 * The sharing gateway: every transfer of personal information to someone outside the platform
 * (payment providers, merchants, carriers) passes here. It checks the recipient's registration,
 * the purpose's legal basis and the subject's consent, keeps only the fields the recipient is
 * allowed for that purpose, and writes the sharing ledger, which holds no personal information
 * itself (S-1, S-2, S-5).
 */
@ApplicationModule(displayName = "Sharing gateway")
@ModuleRole(ModuleRole.Role.PRIVACY)
@NullMarked
package io.escapement.sharing;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

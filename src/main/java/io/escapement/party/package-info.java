/**
 * The parties of the marketplace as typed ids that every module may name: privacy modules such as
 * staff (which merchant a staff member works for) as well as commerce modules. Holds no data and
 * depends on no other module.
 */
@ApplicationModule(
        displayName = "Parties",
        allowedDependencies = {})
@ModuleRole(ModuleRole.Role.SHARED)
@NullMarked
package io.escapement.party;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

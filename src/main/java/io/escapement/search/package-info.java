/**
 * Text search over the catalog's listings: Chinese and English watch language (brand aliases,
 * collector nicknames, reference numbers in any spelling), facets, sort and autocomplete. A read
 * model kept in sync by durable listeners on {@code catalog.ListingEvents}; PostgreSQL stays the
 * source of truth. The engine sits behind {@link io.escapement.search.spi.SearchEngine}.
 */
@ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"catalog", "vault", "money", "party"})
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.search;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

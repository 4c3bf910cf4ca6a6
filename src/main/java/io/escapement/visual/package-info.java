/**
 * Photo shopping (C-7): buyers upload a photo of a watch and get visually similar listings on
 * sale. Listing photos are described by {@link io.escapement.visual.PhotoDescriptor} and kept in
 * an on-disk HNSW index that follows the catalog's events; query photos are decoded in memory and
 * never stored. {@link io.escapement.visual.PhotoSanitiser} cleans photos that are meant to be
 * kept (merchants' listing photos, which the catalog keeps), re-encoding them so that no metadata
 * survives.
 */
@ApplicationModule(
        displayName = "Photo shopping",
        allowedDependencies = {"catalog", "money", "party", "language"})
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.visual;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

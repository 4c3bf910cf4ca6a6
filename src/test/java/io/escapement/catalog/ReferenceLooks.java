package io.escapement.catalog;

import java.util.List;

/** Every reference's look as written in the reference data, for tools that run without Spring. */
public final class ReferenceLooks {

    public record Look(String reference, WatchAppearance appearance, CaseMaterial material) {}

    private ReferenceLooks() {}

    public static List<Look> all() {
        return ReferenceData.read().brands().stream()
                .flatMap(brand -> brand.families().stream())
                .flatMap(family -> family.references().stream())
                .map(reference -> new Look(reference.reference(), reference.appearance(), reference.caseMaterial()))
                .toList();
    }
}

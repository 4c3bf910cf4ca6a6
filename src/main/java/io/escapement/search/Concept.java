package io.escapement.search;

import java.util.HashSet;
import java.util.Set;

/**
 * What a recognised phrase means: a brand (劳力士, PP, Rolex) or a set of references (绿水鬼,
 * Submariner, 126610LN). A phrase naming several things means any of them.
 */
record Concept(Set<String> brands, Set<Long> references) {

    Concept {
        brands = Set.copyOf(brands);
        references = Set.copyOf(references);
    }

    static Concept brand(String slug) {
        return new Concept(Set.of(slug), Set.of());
    }

    static Concept references(Set<Long> ids) {
        return new Concept(Set.of(), ids);
    }

    Concept or(Concept other) {
        var allBrands = new HashSet<>(brands);
        allBrands.addAll(other.brands);
        var allReferences = new HashSet<>(references);
        allReferences.addAll(other.references);
        return new Concept(allBrands, allReferences);
    }
}

package io.escapement.search.spi;

/**
 * One facet value and how many matching listings have it.
 *
 * @param value a keyword (brand slug, condition, city...) or a range key such as {@code 2010-2019}
 */
public record FacetCount(String value, long count) {}

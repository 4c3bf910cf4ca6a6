package io.escapement.search.spi;

/** Which listings a search covers: on sale by default, sold ones for price history. */
public enum Availability {
    ON_SALE,
    SOLD,
    ALL
}

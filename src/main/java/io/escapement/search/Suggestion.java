package io.escapement.search;

/**
 * An autocomplete suggestion.
 *
 * @param text what to search for, e.g. 绿水鬼, Rolex or 126610LV
 * @param kind what it names
 * @param brand the slug of the brand it belongs to
 */
public record Suggestion(String text, Kind kind, String brand) {

    /** What a suggestion names, in the order suggestions are offered. */
    public enum Kind {
        BRAND,
        NICKNAME,
        MODEL,
        REFERENCE
    }
}

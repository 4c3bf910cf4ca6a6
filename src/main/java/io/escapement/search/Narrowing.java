package io.escapement.search;

import java.util.Set;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * One of the grid's filters, on the field of one facet: any of some keywords, or numbers from
 * {@code min} to {@code max}, both included. The same narrowing filters the page through Lucene
 * ({@link #query}) and the facet counts in memory ({@link #accepts}), so both agree.
 */
record Narrowing(Facet facet, Set<String> keywords, long min, long max) {

    Narrowing {
        keywords = Set.copyOf(keywords);
    }

    static Narrowing anyOf(Facet facet, Set<String> keywords) {
        return new Narrowing(facet, keywords, 0, 0);
    }

    static Narrowing between(Facet facet, long min, long max) {
        return new Narrowing(facet, Set.of(), min, max);
    }

    Query query() {
        return facet.ranged()
                ? LongField.newRangeQuery(facet.field, min, max)
                : KeywordField.newSetQuery(
                        facet.field, keywords.stream().map(BytesRef::new).toList());
    }

    boolean accepts(String keyword) {
        return keywords.contains(keyword);
    }

    boolean accepts(long number) {
        return number >= min && number <= max;
    }
}

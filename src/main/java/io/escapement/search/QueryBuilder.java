package io.escapement.search;

import io.escapement.catalog.ListingFilter;
import io.escapement.search.spi.Availability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Builds Lucene queries from what a buyer typed, never with a query parser: the text is split into
 * recognised concepts and analysed words, so {@code *:*}, {@code field:value} or an unbalanced
 * quote are only characters. Each concept and word must match (strict); when nothing does, any
 * of them may (lenient).
 */
final class QueryBuilder {

    /** Words past this are ignored: they would only slow the query down. */
    static final int MAX_WORDS = 12;

    private static final int FUZZY_MIN_LENGTH = 4;
    private static final int TWO_EDITS_MIN_LENGTH = 7;
    /** Longer words are no typos of a watch word, and their automata are costly. */
    private static final int FUZZY_MAX_LENGTH = 20;

    private final WatchVocabulary vocabulary;
    private final Analyzer analyzer;

    QueryBuilder(WatchVocabulary vocabulary, Analyzer analyzer) {
        this.vocabulary = vocabulary;
        this.analyzer = analyzer;
    }

    /** The clauses the text asks for; empty for blank or meaningless text. */
    List<Query> clauses(String text) {
        var understood = vocabulary.understand(text);
        var clauses = new ArrayList<Query>();
        for (var concept : understood.concepts()) {
            clauses.add(concept(concept));
        }
        for (var word : words(understood.remainder())) {
            clauses.add(word(word));
        }
        return clauses.size() > MAX_WORDS ? clauses.subList(0, MAX_WORDS) : clauses;
    }

    /**
     * What the text asks for, each clause with {@code occur} (MUST for strict, SHOULD for lenient),
     * in this availability and, when the filter names one, of one reference: the matches before the
     * grid's other filters, which are {@link #narrowings}. A listing a buyer holds at {@code at} is
     * left out (to the second, so that repeated searches share their cached facet counts).
     */
    Query base(List<Query> clauses, Occur occur, ListingFilter filter, Availability availability, Instant at) {
        var query = new BooleanQuery.Builder();
        if (clauses.isEmpty()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            var text = new BooleanQuery.Builder();
            clauses.forEach(clause -> text.add(clause, occur));
            query.add(text.build(), Occur.MUST);
        }
        query.add(
                keywords(
                        ListingDocument.STATUS,
                        switch (availability) {
                            case ON_SALE -> Set.of("ON_SALE");
                            case SOLD -> Set.of("SOLD");
                            case ALL -> Set.of("ON_SALE", "SOLD");
                        }),
                Occur.FILTER);
        query.add(
                LongField.newRangeQuery(ListingDocument.HELD_UNTIL, Long.MIN_VALUE, at.getEpochSecond()), Occur.FILTER);
        if (filter.referenceId() != null) {
            query.add(
                    LongField.newExactQuery(
                            ListingDocument.REFERENCE, filter.referenceId().value()),
                    Occur.FILTER);
        }
        return query.build();
    }

    /** The base query narrowed by every filter: the matches of a search. */
    static Query narrowed(Query base, List<Narrowing> narrowings) {
        if (narrowings.isEmpty()) {
            return base;
        }
        var query = new BooleanQuery.Builder().add(base, Occur.MUST);
        narrowings.forEach(narrowing -> query.add(narrowing.query(), Occur.FILTER));
        return query.build();
    }

    /** The grid's filters on facet fields, in the order of {@link Facet}. */
    static List<Narrowing> narrowings(ListingFilter filter) {
        var narrowings = new ArrayList<Narrowing>();
        anyOf(narrowings, Facet.BRAND, filter.brands(), Function.identity());
        range(
                narrowings,
                Facet.PRICE,
                filter.minPrice() == null ? null : filter.minPrice().minor(),
                filter.maxPrice() == null ? null : filter.maxPrice().minor());
        anyOf(narrowings, Facet.CONDITION, filter.conditions(), Enum::name);
        range(
                narrowings,
                Facet.YEAR,
                filter.minYear() == null ? null : filter.minYear().longValue(),
                filter.maxYear() == null ? null : filter.maxYear().longValue());
        anyOf(narrowings, Facet.MATERIAL, filter.materials(), Enum::name);
        range(
                narrowings,
                Facet.DIAMETER,
                filter.minDiameter() == null
                        ? null
                        : ListingDocument.tenths(filter.minDiameter(), RoundingMode.CEILING),
                filter.maxDiameter() == null ? null : ListingDocument.tenths(filter.maxDiameter(), RoundingMode.FLOOR));
        anyOf(narrowings, Facet.BOX_PAPERS, filter.boxAndPapers(), Enum::name);
        anyOf(narrowings, Facet.CITY, filter.cities(), Function.identity());
        return narrowings;
    }

    private static Query concept(Concept concept) {
        var either = new BooleanQuery.Builder();
        if (!concept.brands().isEmpty()) {
            either.add(
                    new BoostQuery(new ConstantScoreQuery(keywords(ListingDocument.BRAND, concept.brands())), 2f),
                    Occur.SHOULD);
        }
        if (!concept.references().isEmpty()) {
            either.add(
                    new BoostQuery(
                            new ConstantScoreQuery(LongField.newSetQuery(
                                    ListingDocument.REFERENCE,
                                    concept.references().stream()
                                            .mapToLong(Long::longValue)
                                            .toArray())),
                            4f),
                    Occur.SHOULD);
        }
        return either.build();
    }

    /** A word matches as written or, for Latin words, with a typo or two. */
    private static Query word(String word) {
        var term = new Term(ListingDocument.TEXT, word);
        boolean latin = word.chars().allMatch(c -> c < 128 && Character.isLetter(c));
        if (!latin || word.length() < FUZZY_MIN_LENGTH || word.length() > FUZZY_MAX_LENGTH) {
            return new TermQuery(term);
        }
        int edits = word.length() >= TWO_EDITS_MIN_LENGTH ? 2 : 1;
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(term), 2f), Occur.SHOULD)
                .add(new FuzzyQuery(term, edits, 1, 50, true), Occur.SHOULD)
                .build();
    }

    private List<String> words(String text) {
        var words = new ArrayList<String>();
        if (text.isBlank()) {
            return words;
        }
        try (var stream = analyzer.tokenStream(ListingDocument.TEXT, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MAX_WORDS) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static void range(List<Narrowing> narrowings, Facet facet, @Nullable Long min, @Nullable Long max) {
        if (min != null || max != null) {
            narrowings.add(
                    Narrowing.between(facet, min == null ? Long.MIN_VALUE : min, max == null ? Long.MAX_VALUE : max));
        }
    }

    private static <T> void anyOf(List<Narrowing> narrowings, Facet facet, Set<T> values, Function<T, String> term) {
        if (!values.isEmpty()) {
            narrowings.add(
                    Narrowing.anyOf(facet, values.stream().map(term).collect(java.util.stream.Collectors.toSet())));
        }
    }

    private static Query keywords(String field, Set<String> values) {
        return KeywordField.newSetQuery(
                field, values.stream().map(BytesRef::new).toList());
    }
}

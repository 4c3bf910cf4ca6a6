package io.escapement.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The listing grid's read model: an in-memory Lucene index of the listings on sale, holding only
 * the filterable and sortable attributes. PostgreSQL stays the source of truth: the index is
 * rebuilt from it on start-up and updated after every committed change, and pages are loaded from
 * PostgreSQL by the ids the index returns.
 */
@Component
class ListingIndex implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ListingIndex.class);
    private static final String COLUMNS = """
            id, brand_slug, reference_id, price_cny, year, diameter_mm, condition, case_material, box_papers,
            city, status, published_at""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    ListingIndex(JdbcTemplate jdbc, TransactionTemplate transactions) throws IOException {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(10_000);
        this.transactions = transactions;
        this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig().setRAMBufferSizeMB(64));
        this.searchers = new SearcherManager(writer, null);
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        long started = System.nanoTime();
        var count = new int[1];
        transactions.executeWithoutResult(
                status -> jdbc.query("select " + COLUMNS + " from catalog.listing where status = 'ON_SALE'", row -> {
                    add(row);
                    count[0]++;
                }));
        searchers.maybeRefreshBlocking();
        log.info(
                "Listing index: {} listings on sale indexed in {} ms",
                count[0],
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Ids of one page of matching listings, in order, and the number of all matches. */
    Hits search(ListingFilter filter, ListingSort sort, PageSpec page) {
        try {
            var searcher = searchers.acquire();
            try {
                var query = query(filter);
                var top = searcher.search(query, (int) (page.offset() + page.size()), sort(sort));
                var ids = new ArrayList<Long>(page.size());
                for (int i = (int) page.offset(); i < top.scoreDocs.length; i++) {
                    var fields = ((FieldDoc) top.scoreDocs[i]).fields;
                    ids.add((Long) fields[fields.length - 1]);
                }
                return new Hits(ids, searcher.count(query));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cities that have at least one listing on sale. */
    List<String> cities() {
        try {
            var searcher = searchers.acquire();
            try {
                var cities = new TreeSet<String>();
                var terms = MultiTerms.getTerms(searcher.getIndexReader(), "city");
                if (terms != null) {
                    var iterator = terms.iterator();
                    for (var term = iterator.next(); term != null; term = iterator.next()) {
                        var city = term.utf8ToString();
                        if (searcher.count(new TermQuery(new Term("city", city))) > 0) {
                            cities.add(city);
                        }
                    }
                }
                return List.copyOf(cities);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Re-reads these listings once the current transaction commits (at once without one). */
    void refreshAfterCommit(Collection<Long> ids) {
        var copy = List.copyOf(ids);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh(copy);
                }
            });
        } else {
            refresh(copy);
        }
    }

    private void refresh(List<Long> ids) {
        try {
            var onSale = new HashSet<Long>();
            jdbc.query(
                    "select " + COLUMNS + " from catalog.listing where id = any(?)",
                    row -> {
                        if ("ON_SALE".equals(row.getString("status"))) {
                            onSale.add(row.getLong("id"));
                            add(row);
                        }
                    },
                    (Object) ids.toArray(Long[]::new));
            for (var id : ids) {
                if (!onSale.contains(id)) {
                    writer.deleteDocuments(key(id));
                }
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        var document = new Document();
        document.add(new StringField("key", Long.toString(id), Store.NO));
        document.add(new LongField("id", id, Store.NO));
        document.add(new KeywordField("brand", row.getString("brand_slug"), Store.NO));
        document.add(new LongField("reference", row.getLong("reference_id"), Store.NO));
        document.add(new LongField("price", row.getLong("price_cny"), Store.NO));
        document.add(new LongField("year", row.getInt("year"), Store.NO));
        document.add(
                new LongField("diameter", tenths(row.getBigDecimal("diameter_mm"), RoundingMode.HALF_UP), Store.NO));
        document.add(new KeywordField("condition", row.getString("condition"), Store.NO));
        document.add(new KeywordField("material", row.getString("case_material"), Store.NO));
        document.add(new KeywordField("boxPapers", row.getString("box_papers"), Store.NO));
        document.add(new KeywordField("city", row.getString("city"), Store.NO));
        var published = row.getTimestamp("published_at");
        document.add(new LongField("published", published == null ? 0 : published.getTime(), Store.NO));
        try {
            writer.updateDocument(key(id), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Term key(long id) {
        return new Term("key", Long.toString(id));
    }

    private static Query query(ListingFilter filter) {
        var query = new BooleanQuery.Builder();
        anyOf(query, "brand", filter.brands(), Function.identity());
        anyOf(query, "condition", filter.conditions(), Enum::name);
        anyOf(query, "material", filter.materials(), Enum::name);
        anyOf(query, "boxPapers", filter.boxAndPapers(), Enum::name);
        anyOf(query, "city", filter.cities(), Function.identity());
        if (filter.referenceId() != null) {
            query.add(LongField.newExactQuery("reference", filter.referenceId()), Occur.FILTER);
        }
        range(query, "price", filter.minPrice(), filter.maxPrice());
        range(query, "year", toLong(filter.minYear()), toLong(filter.maxYear()));
        range(
                query,
                "diameter",
                filter.minDiameter() == null ? null : tenths(filter.minDiameter(), RoundingMode.CEILING),
                filter.maxDiameter() == null ? null : tenths(filter.maxDiameter(), RoundingMode.FLOOR));
        var built = query.build();
        return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
    }

    private static void range(BooleanQuery.Builder query, String field, @Nullable Long min, @Nullable Long max) {
        if (min != null || max != null) {
            query.add(
                    LongField.newRangeQuery(
                            field, min == null ? Long.MIN_VALUE : min, max == null ? Long.MAX_VALUE : max),
                    Occur.FILTER);
        }
    }

    private static @Nullable Long toLong(@Nullable Integer value) {
        return value == null ? null : value.longValue();
    }

    private static <T> void anyOf(BooleanQuery.Builder query, String field, Set<T> values, Function<T, String> term) {
        if (!values.isEmpty()) {
            var terms = values.stream()
                    .map(value -> new BytesRef(term.apply(value)))
                    .toList();
            query.add(KeywordField.newSetQuery(field, terms), Occur.FILTER);
        }
    }

    /** Every order ends on the listing id, which {@link #search} reads back from the sort values. */
    private static Sort sort(ListingSort sort) {
        return switch (sort) {
            case RELEVANCE, NEWEST -> new Sort(numeric("published", true), numeric("id", true));
            case PRICE_ASC -> new Sort(numeric("price", false), numeric("id", false));
            case PRICE_DESC -> new Sort(numeric("price", true), numeric("id", true));
            case YEAR_DESC -> new Sort(numeric("year", true), numeric("id", true));
        };
    }

    private static SortField numeric(String field, boolean reverse) {
        return LongField.newSortField(field, reverse, SortedNumericSelector.Type.MIN);
    }

    private static long tenths(BigDecimal millimetres, RoundingMode rounding) {
        return millimetres.movePointRight(1).setScale(0, rounding).longValueExact();
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
    }

    record Hits(List<Long> ids, long total) {}
}

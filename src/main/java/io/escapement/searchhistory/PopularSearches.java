package io.escapement.searchhistory;

import io.escapement.privacy.PersonName;
import io.escapement.search.spi.Vocabulary;
import io.escapement.vault.KeyedDigests;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Popular searches (C-3): the catalogue's words that many people searched, never free text. A
 * search is counted only when every part of it is a catalogue term ({@link Vocabulary#terms}), in
 * the catalogue's own words and lower case ({@code lsg 126610ln} counts as {@code 绿水鬼 126610ln}),
 * and never when it looks like personal information ({@link SearchQuery#keyword}) or a run of it
 * made of several terms looks like a Chinese name. Each searcher counts once per calendar week
 * (Monday to Sunday in China), as a keyed pseudonym whose domain holds the week and the keyword; a
 * keyword is shown once at least {@code escapement.search-history.popular-min-searchers} (20)
 * distinct searchers used it in the current or the last week. When a week has ended its
 * pseudonyms are deleted, and only the keywords that reached the threshold are kept, with their
 * number of searchers, for one more week (ADR 16, ADR 24).
 */
@Service
public class PopularSearches {

    /** How many popular keywords autocomplete knows, and for how long before reading them again. */
    static final int SNAPSHOT_SIZE = 1000;

    static final Duration SNAPSHOT_AGE = Duration.ofMinutes(1);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String PSEUDONYM_DOMAIN = "popular-searches/";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Vocabulary vocabulary;
    private final KeyedDigests digests;
    private final int minimumSearchers;
    private volatile Snapshot snapshot = new Snapshot(Instant.MIN, List.of(), Map.of());

    PopularSearches(
            JdbcClient jdbc,
            Clock clock,
            Vocabulary vocabulary,
            KeyedDigests digests,
            @Value("${escapement.search-history.popular-min-searchers:20}") int minimumSearchers) {
        if (minimumSearchers < 1) {
            throw new IllegalArgumentException("escapement.search-history.popular-min-searchers must be at least 1.");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.vocabulary = vocabulary;
        this.digests = digests;
        this.minimumSearchers = minimumSearchers;
    }

    /**
     * Counts {@code searcher} as having searched {@code query} this week, unless the query may not be
     * counted; searching it again the same week changes nothing.
     */
    public void count(SearchQuery query, Searcher searcher) {
        query.keyword().flatMap(this::catalogueForm).ifPresent(keyword -> {
            var week = week(today());
            jdbc.sql("""
                            insert into searchhistory.keyword_searcher (week, keyword, searcher)
                            values (:week, :keyword, :searcher) on conflict do nothing""")
                    .param("week", week)
                    .param("keyword", keyword)
                    .param("searcher", pseudonym(week, keyword, searcher))
                    .update();
        });
    }

    /**
     * Deletes {@code searcher}'s pseudonyms from the weeks not yet closed: the pseudonym of each
     * keyword counted in them is computed again and deleted where found.
     */
    @Transactional
    public void forget(Searcher searcher) {
        var pseudonyms = jdbc.sql("select distinct week, keyword from searchhistory.keyword_searcher")
                .query((row, n) ->
                        pseudonym(row.getObject("week", LocalDate.class), row.getString("keyword"), searcher))
                .list();
        if (!pseudonyms.isEmpty()) {
            jdbc.sql("delete from searchhistory.keyword_searcher where searcher in (:pseudonyms)")
                    .param("pseudonyms", pseudonyms)
                    .update();
        }
    }

    private byte[] pseudonym(LocalDate week, String keyword, Searcher searcher) {
        return digests.of(PSEUDONYM_DOMAIN + week + '/' + keyword, searcher.key());
    }

    /** The query in the catalogue's words, or empty when any part of it is not a catalogue term. */
    private Optional<String> catalogueForm(String keyword) {
        if (Arrays.stream(keyword.split(" ")).anyMatch(this::stitchedName)) {
            return Optional.empty();
        }
        return vocabulary.terms(keyword).map(terms -> String.join(" ", terms).toLowerCase(Locale.ROOT));
    }

    /** A word made of several catalogue terms that reads as a name (万国沛: 万国 and 沛). */
    private boolean stitchedName(String word) {
        return PersonName.looksLikeChineseName(word)
                && vocabulary.terms(word).map(terms -> terms.size() > 1).orElse(true);
    }

    /**
     * The keywords most searchers used in the current or the last week, most first; each was used
     * by at least the configured number of distinct searchers in one of those weeks.
     *
     * @param limit at most this many
     */
    public List<Keyword> top(int limit) {
        return jdbc.sql("""
                        select keyword, max(searchers) as searchers from (
                            select week, keyword, count(*) as searchers from searchhistory.keyword_searcher
                            where week >= :since group by week, keyword
                            union all
                            select week, keyword, searchers from searchhistory.popular_keyword where week >= :since
                        ) weeks
                        group by keyword having max(searchers) >= :minimum
                        order by searchers desc, keyword limit :limit""")
                .param("since", lastWeek())
                .param("minimum", minimumSearchers)
                .param("limit", limit)
                .query(Keyword.class)
                .list();
    }

    /**
     * Popular keywords starting with what is being typed (compared in lower case), most searchers
     * first; the most popular when nothing is typed. Served from memory: the {@value
     * #SNAPSHOT_SIZE} most popular keywords, read again once they are older than {@link
     * #SNAPSHOT_AGE}, so a keystroke costs no database query.
     */
    public List<Keyword> startingWith(String typed, int limit) {
        var prefix = typed.strip().toLowerCase(Locale.ROOT);
        return current().top().stream()
                .filter(keyword -> keyword.keyword().startsWith(prefix))
                .limit(limit)
                .toList();
    }

    /** How many searchers used {@code text} recently, in lower case; 0 when it is not popular. */
    public long searchers(String text) {
        return current().counts().getOrDefault(text.toLowerCase(Locale.ROOT), 0L);
    }

    private Snapshot current() {
        var now = clock.instant();
        var known = snapshot;
        if (known.taken().isAfter(now.minus(SNAPSHOT_AGE))) {
            return known;
        }
        var top = top(SNAPSHOT_SIZE);
        var counts = top.stream().collect(Collectors.toUnmodifiableMap(Keyword::keyword, Keyword::searchers));
        snapshot = new Snapshot(now, top, counts);
        return snapshot;
    }

    private record Snapshot(Instant taken, List<Keyword> top, Map<String, Long> counts) {}

    /**
     * Closes the weeks that have ended: keeps their keywords that reached the threshold, with the
     * number of searchers, deletes all their pseudonyms, and deletes what is older than last week.
     * Idempotent, so any node may run it.
     *
     * @return the pseudonyms deleted
     */
    @Scheduled(cron = "${escapement.search-history.prune-cron:0 17 * * * *}", zone = "Asia/Shanghai")
    @Transactional
    public int prune() {
        var thisWeek = week(today());
        jdbc.sql("""
                        insert into searchhistory.popular_keyword (week, keyword, searchers)
                        select week, keyword, count(*) from searchhistory.keyword_searcher where week < :thisWeek
                        group by week, keyword having count(*) >= :minimum
                        on conflict do nothing""")
                .param("thisWeek", thisWeek)
                .param("minimum", minimumSearchers)
                .update();
        jdbc.sql("delete from searchhistory.popular_keyword where week < :since")
                .param("since", lastWeek())
                .update();
        return jdbc.sql("delete from searchhistory.keyword_searcher where week < :thisWeek")
                .param("thisWeek", thisWeek)
                .update();
    }

    private LocalDate lastWeek() {
        return week(today()).minusWeeks(1);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private static LocalDate week(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * A popular keyword.
     *
     * @param keyword catalogue terms, in lower case
     * @param searchers how many distinct searchers used it in the current or the last week
     */
    public record Keyword(String keyword, long searchers) {}
}

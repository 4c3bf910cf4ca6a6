package io.escapement.searchhistory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Popular searches (C-3): how often each keyword was searched per day, by anyone, signed in or
 * not. Only the keyword, the day and a count are kept, never who searched, a session or an
 * address, so the counts are not personal information. Long queries and queries that look like
 * personal information are not counted ({@link SearchQuery#keyword}); a keyword is shown only once
 * it was searched at least {@value #MINIMUM_SEARCHES} times in the last {@value #WINDOW_DAYS} days;
 * counts older than {@value #RETENTION_DAYS} days are deleted.
 */
@Service
public class PopularSearches {

    static final int MINIMUM_SEARCHES = 3;
    static final int WINDOW_DAYS = 7;
    static final int RETENTION_DAYS = 90;
    /** How many popular keywords autocomplete knows, and for how long before reading them again. */
    static final int SNAPSHOT_SIZE = 1000;

    static final Duration SNAPSHOT_AGE = Duration.ofMinutes(1);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(Instant.MIN, List.of(), Map.of());

    PopularSearches(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one search of {@code query} today, unless it may not be counted. */
    public void count(SearchQuery query) {
        query.keyword()
                .ifPresent(keyword -> jdbc.sql("""
                        insert into searchhistory.keyword_count (day, keyword, searches) values (:day, :keyword, 1)
                        on conflict (day, keyword) do update set searches = keyword_count.searches + 1""")
                        .param("day", today())
                        .param("keyword", keyword)
                        .update());
    }

    /**
     * The most searched keywords of the last {@value #WINDOW_DAYS} days, most first.
     *
     * @param limit at most this many
     */
    public List<Keyword> top(int limit) {
        return jdbc.sql("""
                        select keyword, sum(searches) as searches from searchhistory.keyword_count
                        where day > :since group by keyword having sum(searches) >= :minimum
                        order by searches desc, keyword limit :limit""")
                .param("since", today().minusDays(WINDOW_DAYS))
                .param("minimum", MINIMUM_SEARCHES)
                .param("limit", limit)
                .query(Keyword.class)
                .list();
    }

    /**
     * Popular keywords starting with what is being typed (compared in lower case), most searched
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

    /** How often {@code text} was searched recently, in lower case; 0 when it is not popular. */
    public long searches(String text) {
        return current().counts().getOrDefault(text.toLowerCase(Locale.ROOT), 0L);
    }

    private Snapshot current() {
        var now = clock.instant();
        var known = snapshot;
        if (known.taken().isAfter(now.minus(SNAPSHOT_AGE))) {
            return known;
        }
        var top = top(SNAPSHOT_SIZE);
        var counts = top.stream().collect(Collectors.toUnmodifiableMap(Keyword::keyword, Keyword::searches));
        snapshot = new Snapshot(now, top, counts);
        return snapshot;
    }

    private record Snapshot(Instant taken, List<Keyword> top, Map<String, Long> counts) {}

    /** Deletes counts older than {@value #RETENTION_DAYS} days; idempotent, so any node may run it. */
    @Scheduled(cron = "${escapement.search-history.prune-cron:0 17 3 * * *}", zone = "Asia/Shanghai")
    public int prune() {
        return jdbc.sql("delete from searchhistory.keyword_count where day < :before")
                .param("before", today().minusDays(RETENTION_DAYS))
                .update();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /**
     * A popular keyword.
     *
     * @param keyword normalised and in lower case
     * @param searches how often it was searched in the window
     */
    public record Keyword(String keyword, long searches) {}
}

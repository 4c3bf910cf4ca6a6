package io.escapement.searchhistory;

import io.escapement.privacy.Purpose;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in buyer's search history (C-3, U-3): kept in the vault for re-entry (the list in
 * account settings, and autocomplete as the buyer types), at most {@value
 * #CAPACITY} searches, the oldest dropped first; the buyer views it, deletes one search or clears
 * all. Nothing of it lives outside the vault, so shredding the buyer's subject erases it.
 */
@Service
public class SearchHistory {

    /** How many searches a history keeps. */
    public static final int CAPACITY = 50;

    private static final Accessor ACCESSOR = Accessor.system("search-history");
    private static final String FIELD = "\t";

    private final PersonalDataVault vault;
    private final JdbcClient jdbc;
    private final Clock clock;

    SearchHistory(PersonalDataVault vault, JdbcClient jdbc, Clock clock) {
        this.vault = vault;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Adds a search at the top of the buyer's history; an earlier identical search moves up instead
     * of appearing twice.
     *
     * @throws IllegalStateException when the buyer was erased
     */
    @Transactional
    public SearchEntry record(SubjectId buyer, SearchQuery query) {
        var entry = new SearchEntry(UUID.randomUUID(), query, clock.instant());
        change(
                buyer,
                entries -> Stream.concat(
                                Stream.of(entry),
                                entries.stream().filter(old -> !old.query().equals(query)))
                        .limit(CAPACITY)
                        .toList());
        return entry;
    }

    /** The buyer's searches, newest first; empty for a buyer with none or an erased buyer. */
    @Transactional
    public List<SearchEntry> entries(SubjectId buyer) {
        var read = vault.reveal(buyer, RecentSearches.class, "entries", String.class, Purpose.ACCOUNT, ACCESSOR);
        return read instanceof Read.Present<String> present ? decode(present.value()) : List.of();
    }

    /**
     * The buyer's searches matching what is being typed, for autocomplete (re-entry): those starting
     * with it first, then those containing it, newest first in each, compared in lower case; the
     * newest searches when nothing is typed. One vault read, whatever the history's length.
     */
    @Transactional
    public List<SearchEntry> matching(SubjectId buyer, String typed, int limit) {
        var entries = entries(buyer);
        var wanted = SearchQuery.of(typed).map(query -> lowerCase(query.text())).orElse("");
        var starting = entries.stream().filter(entry -> lowerCase(entry).startsWith(wanted));
        var containing = entries.stream()
                .filter(entry ->
                        !lowerCase(entry).startsWith(wanted) && lowerCase(entry).contains(wanted));
        return Stream.concat(starting, containing).limit(limit).toList();
    }

    private static String lowerCase(SearchEntry entry) {
        return lowerCase(entry.query().text());
    }

    private static String lowerCase(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Deletes one search; {@code false} when the buyer's history has no entry {@code id}. */
    @Transactional
    public boolean delete(SubjectId buyer, UUID id) {
        var before = new ArrayList<SearchEntry>();
        var after = change(buyer, entries -> {
            before.addAll(entries);
            return entries.stream().filter(entry -> !entry.id().equals(id)).toList();
        });
        return after.size() < before.size();
    }

    /** Deletes every search of the buyer's. */
    @Transactional
    public void clear(SubjectId buyer) {
        change(buyer, entries -> List.of());
    }

    /** Reads, changes and stores the history under a lock per buyer, so concurrent searches are all kept. */
    private List<SearchEntry> change(SubjectId buyer, UnaryOperator<List<SearchEntry>> change) {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param(
                        "key",
                        buyer.value().getMostSignificantBits() ^ buyer.value().getLeastSignificantBits())
                .query((rs, row) -> row)
                .list();
        var changed = change.apply(entries(buyer));
        vault.store(buyer, new RecentSearches(changed.isEmpty() ? null : encode(changed)));
        return changed;
    }

    private static String encode(List<SearchEntry> entries) {
        return entries.stream()
                .map(entry -> String.join(
                        FIELD,
                        entry.id().toString(),
                        entry.searchedAt().toString(),
                        entry.query().text()))
                .collect(Collectors.joining("\n"));
    }

    private static List<SearchEntry> decode(String entries) {
        return Arrays.stream(entries.split("\n"))
                .map(line -> line.split(FIELD, 3))
                .map(fields -> new SearchEntry(
                        UUID.fromString(fields[0]), new SearchQuery(fields[2]), Instant.parse(fields[1])))
                .toList();
    }
}

package io.escapement.searchhistory;

import java.time.Instant;
import java.util.UUID;

/**
 * One search in a buyer's history, as shown to the buyer.
 *
 * @param id stable within the history, for deleting the entry
 * @param query what the buyer searched for
 * @param searchedAt when
 */
public record SearchEntry(UUID id, SearchQuery query, Instant searchedAt) {}

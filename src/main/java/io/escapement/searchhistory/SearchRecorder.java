package io.escapement.searchhistory;

import io.escapement.search.ListingsSearched;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every search typed on the storefront grid and the listings API: a signed-in buyer's is
 * added to their history, and it is counted in popular searches as searched by the buyer or by the
 * visitor's existing session; a visitor with no session is not counted (ADR 24). A synchronous
 * listener, so the query never reaches the event publication registry (ADR 29).
 */
@Component
class SearchRecorder {

    private final SearchHistory history;
    private final PopularSearches popular;

    SearchRecorder(SearchHistory history, PopularSearches popular) {
        this.history = history;
        this.popular = popular;
    }

    @EventListener
    void on(ListingsSearched searched) {
        SearchQuery.of(searched.query()).ifPresent(query -> {
            var buyer = Optional.ofNullable(searched.shopper().buyer());
            buyer.map(Searcher::buyer)
                    .or(() -> Optional.ofNullable(searched.shopper().session()).map(Searcher::session))
                    .ifPresent(searcher -> popular.count(query, searcher));
            buyer.ifPresent(subject -> history.record(subject, query));
        });
    }
}

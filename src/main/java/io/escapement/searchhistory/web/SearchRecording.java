package io.escapement.searchhistory.web;

import io.escapement.searchhistory.PopularSearches;
import io.escapement.searchhistory.SearchHistory;
import io.escapement.searchhistory.SearchQuery;
import io.escapement.searchhistory.Searcher;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records every successful search on the storefront grid and the listings API, whatever handles
 * it: a non-blank {@code q} on a GET that answered 2xx is added to a signed-in buyer's history, and
 * counted in popular searches as searched by the buyer or by the visitor's session. A visitor with
 * no session is not counted: no session is made, and no address is read, only to count (ADR 24).
 * Recording never fails the search; a failure is logged without the query.
 */
@Component
class SearchRecording implements HandlerInterceptor, WebMvcConfigurer {

    static final String[] SEARCHES = {"/watches", "/api/v1/listings"};

    private static final Logger log = LoggerFactory.getLogger(SearchRecording.class);

    private final SearchHistory history;
    private final PopularSearches popular;

    SearchRecording(SearchHistory history, PopularSearches popular) {
        this.history = history;
        this.popular = popular;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(SEARCHES);
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception failure) {
        if (!"GET".equals(request.getMethod()) || failure != null || response.getStatus() / 100 != 2) {
            return;
        }
        SearchQuery.of(request.getParameter("q")).ifPresent(query -> {
            try {
                var buyer = SubjectId.buyer(SecurityContextHolder.getContext().getAuthentication());
                buyer.map(Searcher::buyer)
                        .or(() -> Optional.ofNullable(request.getSession(false))
                                .map(session -> Searcher.session(session.getId())))
                        .ifPresent(searcher -> popular.count(query, searcher));
                buyer.ifPresent(subject -> history.record(subject, query));
            } catch (RuntimeException e) {
                log.warn(
                        "Could not record a search on {}: {}",
                        request.getRequestURI(),
                        e.getClass().getName());
            }
        });
    }
}

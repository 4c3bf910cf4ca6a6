package io.escapement.storefront.api;

import io.escapement.catalog.InvalidListingQuery;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns catalog query errors into 400 problem+json responses, worded in the client's language. */
@RestControllerAdvice(assignableTypes = CatalogApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogApiProblems {

    private final MessageSource messages;

    CatalogApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidListingQuery.class)
    ProblemDetail invalidQuery(InvalidListingQuery ex, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.wordedIn(messages, locale));
        problem.setTitle(messages.getMessage("listingQuery.title", null, locale));
        return problem;
    }
}

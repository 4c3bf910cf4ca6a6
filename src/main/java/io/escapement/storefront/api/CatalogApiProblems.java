package io.escapement.storefront.api;

import io.escapement.catalog.InvalidListingQuery;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns catalog query errors into 400 problem+json responses. */
@RestControllerAdvice(assignableTypes = CatalogApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogApiProblems {

    @ExceptionHandler(InvalidListingQuery.class)
    ProblemDetail invalidQuery(InvalidListingQuery ex) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setTitle("Invalid listing query");
        return problem;
    }
}

package io.escapement.visual.web;

import io.escapement.catalog.Listing;
import io.escapement.visual.PhotoSearch;
import io.escapement.visual.UnacceptablePhoto;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/v1/search/photo}: a multipart upload in field {@code photo}; similar watches on sale. */
@RestController
class PhotoSearchApi {

    private final PhotoSearch search;
    private final MessageSource messages;

    PhotoSearchApi(PhotoSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/search/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Results search(
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
            @RequestParam(name = "limit", defaultValue = "10") int limit)
            throws IOException {
        var listings = search.similarTo(photo == null ? new byte[0] : photo.getBytes(), limit);
        return new Results(listings.stream().map(Result::of).toList());
    }

    @ExceptionHandler(UnacceptablePhoto.class)
    ProblemDetail refused(UnacceptablePhoto refused, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.valueOf(refused.reason().status()),
                messages.getMessage("photo.refused." + refused.reason().name(), null, locale));
        problem.setTitle(messages.getMessage("photo.refused.title", null, locale));
        problem.setProperty("reason", refused.reason().name());
        return problem;
    }

    record Results(List<Result> results) {}

    /** One similar watch: enough for a card, and where to see more. */
    record Result(
            long id,
            String brand,
            String reference,
            String titleEn,
            String titleZh,
            long priceCny,
            String url,
            String photo) {
        static Result of(Listing listing) {
            return new Result(
                    listing.id().value(),
                    listing.brand().slug(),
                    listing.reference().referenceNumber(),
                    listing.title(false),
                    listing.title(true),
                    listing.price().wholeUnits(),
                    "/watches/" + listing.id(),
                    "/media/listings/" + listing.id() + "/0-thumbnail.jpg");
        }
    }
}

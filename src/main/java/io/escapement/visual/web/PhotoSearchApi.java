package io.escapement.visual.web;

import io.escapement.catalog.Listing;
import io.escapement.visual.PhotoSearch;
import io.escapement.visual.UnacceptablePhoto;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/search/photo}: a multipart upload in field {@code photo}; similar watches on
 * sale, or none and a message when the photo shows no watch we recognise. {@code GET
 * /api/v1/search/photo/index}: whether the photo index is complete, or how far its build is.
 * Messages are in the request's language ({@code lang}, Chinese by default).
 */
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
        var matches = search.search(photo == null ? new byte[0] : photo.getBytes(), limit);
        return new Results(
                matches.watchRecognised(),
                matches.watchRecognised() ? null : message("photoSearch.noWatch"),
                matches.listings().stream().map(Result::of).toList(),
                index());
    }

    @GetMapping("/api/v1/search/photo/index")
    Index index() {
        var state = search.indexState();
        return new Index(
                state.complete(),
                state.percent(),
                state.complete() ? null : message("photoSearch.indexing", state.percent()));
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

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /**
     * @param watchRecognised false when the photo shows no watch: then {@code results} is empty and
     *     {@code message} asks for a clearer photo
     * @param index how far the photo index is: searches see only part of the shop until it is complete
     */
    record Results(boolean watchRecognised, @Nullable String message, List<Result> results, Index index) {}

    /** The photo index: complete, or {@code percent} of its build done and a message saying so. */
    record Index(boolean complete, int percent, @Nullable String message) {}

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
                    listing.title().en(),
                    listing.title().zh(),
                    listing.price().wholeUnits(),
                    "/watches/" + listing.id(),
                    "/media/listings/" + listing.id() + "/0-thumbnail.jpg");
        }
    }
}

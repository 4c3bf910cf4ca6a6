package io.escapement.review.web;

import io.escapement.review.BuyerReviews;
import io.escapement.review.ReviewId;
import io.escapement.review.ReviewRefused;
import io.escapement.vault.SubjectId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The signed-in buyer's reviews for the apps (U-4, C-7): the list, a review of a received order
 * (JSON, or a form with up to nine photos), a photo more, an edit and a delete for good. Bad input
 * is a problem in the client's language: 400 for ratings, text or photos, 404 for an order or
 * review that is not the buyer's, 409 before receipt, for a second review or a hidden one, 413 for
 * an upload over 10 MB.
 */
@RestController
@Tag(name = "Reviews", description = "The signed-in buyer's reviews of received orders, with photos")
@RequestMapping(path = "/api/v1/me/reviews", produces = "application/json")
class ReviewsApi {

    private final BuyerReviews reviews;

    ReviewsApi(BuyerReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    @Operation(summary = "The buyer's reviews, newest first; a hidden one with the reason")
    List<ReviewView> list(Authentication buyer) {
        return reviews.list(SubjectId.ofBuyer(buyer)).stream()
                .map(ReviewView::of)
                .toList();
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Reviews a received order without photos (add them with POST /{id}/photos)")
    ResponseEntity<ReviewView> write(Authentication buyer, @RequestBody ReviewInput input) {
        return created(reviews.write(SubjectId.ofBuyer(buyer), input.review(), List.of()));
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(summary = "Reviews a received order with up to nine photos (JPEG, PNG or WebP, 10 MB in all)")
    ResponseEntity<ReviewView> writeWithPhotos(Authentication buyer, @ModelAttribute ReviewForm form) {
        return created(reviews.write(SubjectId.ofBuyer(buyer), form.input().review(), form.uploads()));
    }

    @PostMapping(path = "/{id}/photos", consumes = "multipart/form-data")
    @Operation(summary = "Adds one photo to the buyer's published review (at most nine in all)")
    ReviewView attach(
            Authentication buyer,
            @PathVariable String id,
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo) {
        return ReviewView.of(reviews.attach(SubjectId.ofBuyer(buyer), known(id), ReviewForm.first(photo)));
    }

    @PatchMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Changes the ratings and the text of the buyer's published review")
    ReviewView edit(Authentication buyer, @PathVariable String id, @RequestBody ReviewInput input) {
        return ReviewView.of(reviews.edit(SubjectId.ofBuyer(buyer), known(id), input.ratings(), input.textOrEmpty()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Deletes the buyer's review and its photos for good")
    ResponseEntity<Void> delete(Authentication buyer, @PathVariable String id) {
        reviews.delete(SubjectId.ofBuyer(buyer), known(id));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ReviewView> created(io.escapement.review.Review review) {
        return ResponseEntity.created(URI.create("/api/v1/me/reviews/" + review.id()))
                .body(ReviewView.of(review));
    }

    private static ReviewId known(String id) {
        return ReviewId.parse(id).orElseThrow(ReviewRefused::notFound);
    }
}

package io.escapement.review.web;

import io.escapement.review.PublishedReviews;
import io.escapement.vault.SubjectId;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves review photos, the sanitised JPEGs the review module keeps: a published review's to anyone,
 * a hidden one's to its buyer only; a deleted review's are gone (404).
 */
@Controller
class ReviewPhotos {

    private final PublishedReviews reviews;

    ReviewPhotos(PublishedReviews reviews) {
        this.reviews = reviews;
    }

    static String path(UUID name) {
        return "/media/reviews/" + name + ".jpg";
    }

    @GetMapping("/media/reviews/{name:[0-9a-f-]{36}}.jpg")
    ResponseEntity<byte[]> photo(@PathVariable String name, Authentication viewer) {
        UUID id;
        try {
            id = UUID.fromString(name);
        } catch (IllegalArgumentException malformed) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var jpeg = reviews.photo(id, SubjectId.buyer(viewer).orElse(null))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noCache())
                .body(jpeg);
    }
}

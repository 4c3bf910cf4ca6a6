package io.escapement.storefront.web;

import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingPhotos;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves listing photos as JPEG; a photo a buyer may not see is simply not found. Caches keep
 * them briefly: a photo's position moves when the merchant adds or removes one, and a removed
 * photo should soon be gone from browsers and proxies too.
 */
@Controller
class PhotoController {

    static final Duration CACHED = Duration.ofMinutes(10);

    private final ListingPhotos photos;

    PhotoController(ListingPhotos photos) {
        this.photos = photos;
    }

    @GetMapping("/media/listings/{id:\\d{1,18}}/{position:\\d{1,2}}-{size:thumbnail|large}.jpg")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable int position, @PathVariable String size) {
        return photos.jpeg(new ListingId(id), position, ListingPhotos.Size.valueOf(size.toUpperCase()))
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.maxAge(CACHED).cachePublic())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}

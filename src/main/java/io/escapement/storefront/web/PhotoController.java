package io.escapement.storefront.web;

import io.escapement.catalog.ListingPhotos;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves listing photos as JPEG; a photo a buyer may not see is simply not found. */
@Controller
class PhotoController {

    private final ListingPhotos photos;

    PhotoController(ListingPhotos photos) {
        this.photos = photos;
    }

    @GetMapping("/media/listings/{id:\\d{1,18}}/{position:\\d{1,2}}-{size:thumbnail|large}.jpg")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable int position, @PathVariable String size) {
        return photos.jpeg(id, position, ListingPhotos.Size.valueOf(size.toUpperCase()))
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}

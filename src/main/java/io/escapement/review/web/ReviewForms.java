package io.escapement.review.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** Reads a review's form fields and uploads, for the API and the account pages alike. */
final class ReviewForms {

    private ReviewForms() {}

    /** The form's fields; a rating that is not a whole number counts as missing (a worded 400). */
    static ReviewInput input(
            @Nullable String order,
            @Nullable String asDescribed,
            @Nullable String service,
            @Nullable String shipping,
            @Nullable String text) {
        return new ReviewInput(order, stars(asDescribed), stars(service), stars(shipping), text);
    }

    /** The uploaded files' bytes, leaving out empty file fields a browser sends when none is chosen. */
    static List<byte[]> bytes(@Nullable List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(file -> !file.isEmpty())
                .map(file -> {
                    try {
                        return file.getBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    private static @Nullable Integer stars(@Nullable String stars) {
        return stars != null && stars.strip().matches("[0-9]{1,2}") ? Integer.valueOf(stars.strip()) : null;
    }
}

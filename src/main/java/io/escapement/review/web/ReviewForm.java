package io.escapement.review.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * A review's form fields, as the account page and the API's multipart write send them; all text, so
 * that nothing fails to bind: a rating that is not a whole number counts as missing (a worded 400).
 *
 * @param order the order's number; not needed to edit
 * @param photos up to nine photos; an edit leaves them alone
 */
record ReviewForm(
        @Nullable String order,
        @Nullable String asDescribed,
        @Nullable String service,
        @Nullable String shipping,
        @Nullable String text,
        @Nullable List<MultipartFile> photos) {

    ReviewInput input() {
        return new ReviewInput(order, stars(asDescribed), stars(service), stars(shipping), text);
    }

    List<byte[]> uploads() {
        return bytes(photos);
    }

    /** The first uploaded photo's bytes, or none (which the sanitiser refuses as empty). */
    static byte[] first(@Nullable MultipartFile photo) {
        var uploads = bytes(photo == null ? List.of() : List.of(photo));
        return uploads.isEmpty() ? new byte[0] : uploads.get(0);
    }

    /** The uploaded files' bytes, leaving out empty file fields a browser sends when none is chosen. */
    private static List<byte[]> bytes(@Nullable List<MultipartFile> files) {
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

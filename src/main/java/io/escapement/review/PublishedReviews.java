package io.escapement.review;

import io.escapement.catalog.ReferenceId;
import io.escapement.party.MerchantId;
import io.escapement.vault.SubjectId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviews the public pages show (C-7): a merchant's and a reference's published reviews, newest
 * first, with the reviewer masked, and the merchant's rating over them. Hidden reviews are not
 * shown nor counted, and their photos are served to their buyer only.
 */
@Service
public class PublishedReviews {

    /** The most reviews one page shows. */
    public static final int PAGE = 20;

    private final Reviews reviews;

    PublishedReviews(Reviews reviews) {
        this.reviews = reviews;
    }

    @Transactional(readOnly = true)
    public List<PublicReview> ofMerchant(MerchantId merchant) {
        return reviews.ofMerchant(merchant, false, PAGE).stream()
                .map(PublicReview::of)
                .toList();
    }

    /** The published reviews of watches of the reference, whichever merchant sold them. */
    @Transactional(readOnly = true)
    public List<PublicReview> ofReference(ReferenceId reference) {
        return reviews.publishedOf(reference, PAGE).stream()
                .map(PublicReview::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public MerchantRating ratingOf(MerchantId merchant) {
        return reviews.ratingOf(merchant);
    }

    /**
     * The JPEG of a review photo: anyone's for a published review, only its buyer's ({@code viewer})
     * for a hidden one; empty for any other.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> photo(UUID name, @Nullable SubjectId viewer) {
        return reviews.photo(name)
                .filter(photo -> reviews.find(photo.review())
                        .filter(review -> review.visible() || review.buyer().equals(viewer))
                        .isPresent())
                .map(Reviews.StoredPhoto::jpeg);
    }
}

/**
 * Reviews with photos (晒单, U-4, C-7): after receipt the buyer reviews a purchase once, with three
 * star ratings, a text and up to nine photos re-encoded by the {@link io.escapement.visual.PhotoSanitiser}
 * and kept beside the review. Reviews show on the merchant's page and the reference's, the reviewer
 * masked; the merchant replies once; staff hide a review with a reason that goes to the audit trail;
 * the buyer edits and deletes their reviews, a delete taking the photos with it. The {@link
 * io.escapement.review.Review} aggregate owns its states and moves (ADR 47). Owns the {@code review}
 * schema; holds no personal information but the buyer's subject id.
 */
@ApplicationModule(
        displayName = "Reviews",
        allowedDependencies = {
            "order",
            "catalog",
            "visual",
            "vault",
            "vault :: spi",
            "audit",
            "party",
            "privacy",
            "language",
            "staff",
            "account :: spi"
        })
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.review;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

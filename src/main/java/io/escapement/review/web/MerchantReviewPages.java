package io.escapement.review.web;

import io.escapement.party.MerchantId;
import io.escapement.review.MerchantReviews;
import io.escapement.review.PublishedReviews;
import io.escapement.review.ReviewId;
import io.escapement.review.ReviewRefused;
import io.escapement.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The merchant portal's reviews page: the reviews of the merchant's own sales, its rating, and one reply each. */
@Controller
class MerchantReviewPages {

    private static final String PAGE = "review/merchant";

    private final MerchantReviews reviews;
    private final PublishedReviews published;
    private final ShownRefusal refusals;

    MerchantReviewPages(MerchantReviews reviews, PublishedReviews published, ShownRefusal refusals) {
        this.reviews = reviews;
        this.published = published;
        this.refusals = refusals;
    }

    @GetMapping("/merchant/reviews")
    String list(Authentication authentication, Model model) {
        var merchant = merchantOf(authentication);
        model.addAttribute("reviews", reviews.list(merchant));
        model.addAttribute("rating", published.ratingOf(merchant));
        return PAGE;
    }

    @PostMapping("/merchant/reviews/{id}/reply")
    String reply(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reply,
            Authentication authentication,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return refusals.orShow(
                () -> {
                    reviews.reply(
                            merchantOf(authentication), ReviewId.parse(id).orElseThrow(ReviewRefused::notFound), reply);
                    redirect.addFlashAttribute("done", "reviews.replied");
                    return "redirect:/merchant/reviews";
                },
                () -> list(authentication, model),
                model,
                locale,
                response);
    }

    private static MerchantId merchantOf(Authentication authentication) {
        return StaffMember.of(authentication)
                .map(StaffMember::merchantId)
                .orElseThrow(() -> new IllegalStateException("The merchant portal is for merchant staff"));
    }
}

package io.escapement.review.web;

import io.escapement.privacy.StaffRole;
import io.escapement.review.ReviewId;
import io.escapement.review.ReviewModeration;
import io.escapement.review.ReviewRefused;
import io.escapement.staff.StaffMember;
import io.escapement.vault.Accessor;
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

/**
 * The console's review queue: customer service and operations staff see the newest reviews and
 * hide one that breaks the rules, with a reason and the case it is handled on; the hiding is
 * audited ({@link ReviewModeration}).
 */
@Controller
class ReviewConsole {

    private static final String PAGE = "review/console";

    /** The longest case reference a form may carry. */
    static final int MAX_CASE_REFERENCE = 64;

    private final ReviewModeration moderation;
    private final ShownRefusal refusals;

    ReviewConsole(ReviewModeration moderation, ShownRefusal refusals) {
        this.moderation = moderation;
        this.refusals = refusals;
    }

    @GetMapping("/console/reviews")
    String queue(Model model) {
        model.addAttribute("reviews", moderation.newest());
        model.addAttribute("maxCaseReference", MAX_CASE_REFERENCE);
        return PAGE;
    }

    @PostMapping("/console/reviews/{id}/hide")
    String hide(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String caseReference,
            Authentication authentication,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return refusals.orShow(
                () -> {
                    var review = ReviewId.parse(id).orElseThrow(ReviewRefused::notFound);
                    moderation.hide(review, reason, staff(authentication, caseReference));
                    redirect.addFlashAttribute("done", "reviews.hidden");
                    return "redirect:/console/reviews";
                },
                () -> queue(model),
                model,
                locale,
                response);
    }

    /** The staff member as the audit trail names them: handle, the role they moderate in, the case. */
    private static Accessor staff(Authentication authentication, String caseReference) {
        var member = StaffMember.of(authentication).orElseThrow();
        var reference = caseReference.strip();
        if (reference.isEmpty() || reference.length() > MAX_CASE_REFERENCE) {
            throw ReviewRefused.caseReference(MAX_CASE_REFERENCE);
        }
        var role =
                member.roles().contains(StaffRole.CUSTOMER_SERVICE) ? StaffRole.CUSTOMER_SERVICE : StaffRole.OPERATIONS;
        return Accessor.staff(member.handle(), role, reference);
    }
}

package io.escapement.account.web;

import io.escapement.policy.AcceptanceChannel;
import io.escapement.policy.PolicyVersion;
import io.escapement.policy.PolicyVersionRefused;
import io.escapement.policy.PolicyVersions;
import io.escapement.vault.SubjectId;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Re-consent after a material change (N-2) and early opt-in (N-3): the buyer sees what changed and
 * accepts the version in effect, or one announced but not yet in effect.
 */
@Controller
class PolicyUpdate {

    private final PolicyVersions policy;

    PolicyUpdate(PolicyVersions policy) {
        this.policy = policy;
    }

    @GetMapping("/account/policy")
    String page(Authentication buyer, Model model) {
        var subject = SubjectId.ofBuyer(buyer).value();
        var now = Instant.now();
        model.addAttribute("needsReconsent", policy.needsReconsent(subject, now));
        model.addAttribute("inEffect", policy.effectiveVersion(now));
        model.addAttribute("yours", policy.effectiveVersionFor(subject, now));
        model.addAttribute(
                "announced",
                policy.published().stream()
                        .filter(version -> version.isAnnouncedAt(now))
                        .reduce((older, newer) -> newer)
                        .map(PolicyVersion::number)
                        .orElse(null));
        return "account/policy";
    }

    @PostMapping("/account/policy")
    String accept(
            Authentication buyer,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(defaultValue = "false") boolean early,
            RedirectAttributes redirect) {
        var subject = SubjectId.ofBuyer(buyer).value();
        try {
            if (early) {
                policy.acceptEarly(subject, version, AcceptanceChannel.WEB);
            } else {
                policy.accept(subject, version, AcceptanceChannel.WEB);
            }
            redirect.addFlashAttribute("accepted", version);
        } catch (PolicyVersionRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/account/policy";
    }
}

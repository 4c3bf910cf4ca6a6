package io.escapement.console;

import io.escapement.policy.DraftPolicyVersion;
import io.escapement.policy.MaterialChange;
import io.escapement.policy.PolicyVersions;
import io.escapement.policy.TermsVersions;
import io.escapement.privacy.China;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff draft and publish versions of the privacy policy (N-1, N-2), and publish the next version
 * of the terms of service once its text is written as resources (ADR 42).
 */
@Controller
class PolicyConsole {

    private static final ZoneId CHINA = China.TIME_ZONE;

    private final PolicyVersions versions;
    private final TermsVersions terms;

    PolicyConsole(PolicyVersions versions, TermsVersions terms) {
        this.versions = versions;
        this.terms = terms;
    }

    @GetMapping("/console/policy")
    String versions(Model model) {
        model.addAttribute("versions", versions.all());
        model.addAttribute("kinds", MaterialChange.values());
        var published = new ArrayList<>(terms.published());
        Collections.reverse(published);
        model.addAttribute("terms", published);
        var next = terms.nextWritten();
        model.addAttribute("nextTerms", next.isPresent() ? next.getAsInt() : null);
        return "console/policy";
    }

    @PostMapping("/console/policy/drafts")
    String draft(
            @RequestParam String summaryZh,
            @RequestParam String summaryEn,
            @RequestParam(required = false) List<MaterialChange> materialChanges,
            @RequestParam(defaultValue = "false") boolean removesRights,
            RedirectAttributes redirect) {
        try {
            var draft = versions.draft(new DraftPolicyVersion(
                    materialChanges == null ? Set.of() : Set.copyOf(materialChanges),
                    removesRights,
                    summaryZh,
                    summaryEn));
            redirect.addFlashAttribute("message", "Version " + draft.number() + " drafted.");
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/console/policy";
    }

    @PostMapping("/console/policy/{number:\\d{1,6}}/publish")
    String publish(
            @PathVariable int number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            RedirectAttributes redirect) {
        try {
            if (effectiveOn == null) {
                throw new IllegalArgumentException("Give the date the version takes effect.");
            }
            versions.publish(number, effectiveOn.atStartOfDay(CHINA).toInstant());
            redirect.addFlashAttribute("message", "Version " + number + " published; effective " + effectiveOn + ".");
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/console/policy";
    }

    /** Publishes the next version of the terms from its written text, to take effect on a date in China. */
    @PostMapping("/console/policy/terms/publish")
    String publishTerms(
            @RequestParam String summaryZh,
            @RequestParam String summaryEn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            RedirectAttributes redirect) {
        try {
            if (effectiveOn == null) {
                throw new IllegalArgumentException("Give the date the version of the terms takes effect.");
            }
            var published = terms.publish(
                    summaryZh, summaryEn, effectiveOn.atStartOfDay(CHINA).toInstant());
            redirect.addFlashAttribute(
                    "message",
                    "Version " + published.number() + " of the terms published; effective " + effectiveOn + ".");
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/console/policy";
    }
}

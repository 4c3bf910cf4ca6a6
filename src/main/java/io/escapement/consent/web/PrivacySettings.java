package io.escapement.consent.web;

import io.escapement.consent.Channel;
import io.escapement.consent.ConsentRefused;
import io.escapement.consent.Consents;
import io.escapement.policy.PolicyVersions;
import io.escapement.privacy.NotPersonalData;
import io.escapement.privacy.Purpose;
import io.escapement.vault.SubjectId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 账户设置 → 设置 → 隐私 (C-8, U-10): every optional purpose with its state, what it is for and
 * what stops without it, a switch for each, and the history of the buyer's choices. A switch takes
 * effect on the very next request.
 */
@Controller
class PrivacySettings {

    /** One optional purpose as the page and the API show it. */
    record Setting(
            Purpose purpose,
            @NotPersonalData("the name of a purpose") String name,
            String description,
            String withoutIt,
            boolean separate,
            boolean on) {}

    private final Consents consents;
    private final PolicyVersions policy;

    private final MessageSource messages;

    PrivacySettings(Consents consents, PolicyVersions policy, MessageSource messages) {
        this.consents = consents;
        this.policy = policy;
        this.messages = messages;
    }

    @GetMapping("/account/privacy")
    String page(Authentication buyer, Model model, java.util.Locale locale) {
        var subject = subject(buyer);
        model.addAttribute("settings", settings(subject, locale));
        model.addAttribute("history", consents.history(subject));
        return "account/privacy";
    }

    @PostMapping("/account/privacy")
    String change(
            Authentication buyer,
            @RequestParam(defaultValue = "") String purpose,
            @RequestParam(defaultValue = "false") boolean on,
            RedirectAttributes redirect,
            java.util.Locale locale) {
        var subject = subject(buyer);
        var chosen = Arrays.stream(Purpose.values())
                .filter(candidate -> candidate.name().equals(purpose))
                .findFirst();
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute(
                    "problem", messages.getMessage("consent.unknownPurpose", new Object[] {purpose}, locale));
            return "redirect:/account/privacy";
        }
        int version = policy.effectiveVersionFor(subject.value(), Instant.now());
        var evidence = "privacy settings page, policy version " + version + ", switch " + (on ? "on" : "off");
        try {
            if (on) {
                consents.grant(subject, chosen.get(), version, Channel.WEB, evidence);
            } else {
                consents.revoke(subject, chosen.get(), version, Channel.WEB, evidence);
            }
        } catch (ConsentRefused refused) {
            redirect.addFlashAttribute("problem", refused.wordedIn(messages, locale));
        }
        return "redirect:/account/privacy";
    }

    /** The same settings for the apps. */
    @GetMapping(path = "/api/v1/me/privacy", produces = "application/json")
    @ResponseBody
    Map<String, Object> api(Authentication buyer, java.util.Locale locale) {
        var subject = subject(buyer);
        return Map.of("settings", settings(subject, locale), "history", consents.history(subject));
    }

    record Switch(@org.jspecify.annotations.Nullable Boolean on) {}

    /** Switches one optional use for the apps; 400 problem details for an unknown or required purpose. */
    @PutMapping(path = "/api/v1/me/privacy/{purpose}", consumes = "application/json", produces = "application/json")
    @ResponseBody
    ResponseEntity<?> switchFromApp(
            Authentication buyer, @PathVariable String purpose, @RequestBody Switch request, java.util.Locale locale) {
        var subject = subject(buyer);
        var chosen = Arrays.stream(Purpose.values())
                .filter(candidate -> candidate.name().equals(purpose))
                .findFirst();
        if (chosen.isEmpty() || request.on() == null) {
            return ResponseEntity.badRequest()
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.BAD_REQUEST,
                            chosen.isEmpty()
                                    ? messages.getMessage("consent.unknownPurpose", new Object[] {purpose}, locale)
                                    : messages.getMessage("consent.sayOnOrOff", null, locale)));
        }
        int version = policy.effectiveVersionFor(subject.value(), Instant.now());
        var evidence = "privacy settings API, policy version " + version + ", switch " + (request.on() ? "on" : "off");
        try {
            if (request.on()) {
                consents.grant(subject, chosen.get(), version, Channel.API, evidence);
            } else {
                consents.revoke(subject, chosen.get(), version, Channel.API, evidence);
            }
        } catch (ConsentRefused refused) {
            return ResponseEntity.badRequest()
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.wordedIn(messages, locale)));
        }
        return ResponseEntity.ok(api(buyer, locale));
    }

    private List<Setting> settings(SubjectId subject, Locale locale) {
        var state = consents.current(subject, Instant.now());
        return Arrays.stream(Purpose.values())
                .filter(Purpose::needsConsent)
                .map(purpose -> new Setting(
                        purpose,
                        purpose.label().in(locale),
                        purpose.description().in(locale),
                        purpose.withoutIt().in(locale),
                        purpose.needsSeparateConsent(),
                        state.get(purpose)))
                .toList();
    }

    private static SubjectId subject(Authentication buyer) {
        return SubjectId.ofBuyer(buyer);
    }
}

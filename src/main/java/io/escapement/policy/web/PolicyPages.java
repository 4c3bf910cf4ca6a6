package io.escapement.policy.web;

import io.escapement.policy.PolicyDocument;
import io.escapement.policy.PolicyLanguage;
import io.escapement.policy.PolicyVersion;
import io.escapement.policy.PolicyVersions;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The privacy policy's pages (N-1, N-4): {@code /privacy} shows the version in effect now,
 * {@code /privacy/v/{n}} any published version, each with its dates and the list of every
 * published version. A draft, an unknown or a malformed number gets a readable 404 page.
 */
@Controller
class PolicyPages {

    private final PolicyVersions versions;

    PolicyPages(PolicyVersions versions) {
        this.versions = versions;
    }

    @GetMapping("/privacy")
    String current(Locale locale, Model model, HttpServletResponse response) {
        return show(versions.effectiveVersion(Instant.now()), locale, model, response);
    }

    @GetMapping("/privacy/v/{number}")
    String version(@PathVariable String number, Locale locale, Model model, HttpServletResponse response) {
        int parsed;
        try {
            parsed = Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return notFound(number, model, response);
        }
        return show(parsed, locale, model, response);
    }

    /**
     * What a version changed against the version before it, paragraph by paragraph: the readable
     * difference shown with a material change (N-2).
     */
    @GetMapping("/privacy/v/{number:\\d{1,6}}/changes")
    String changes(@PathVariable int number, Locale locale, Model model, HttpServletResponse response) {
        var language = PolicyLanguage.of(locale);
        var version = versions.version(number).filter(PolicyVersion::isPublished);
        var previous = versions.published().stream()
                .filter(other -> other.number() < number)
                .reduce((older, newer) -> newer);
        var document = versions.document(number, language);
        if (version.isEmpty() || document.isEmpty()) {
            return notFound(String.valueOf(number), model, response);
        }
        var before = previous.flatMap(other -> versions.document(other.number(), language))
                .map(PolicyDocument::units)
                .orElse(List.of());
        var after = document.get().units();
        model.addAttribute("version", version.get());
        model.addAttribute("previous", previous.orElse(null));
        model.addAttribute(
                "added", after.stream().filter(unit -> !before.contains(unit)).toList());
        model.addAttribute(
                "removed", before.stream().filter(unit -> !after.contains(unit)).toList());
        return "privacy/changes";
    }

    private String show(int number, Locale locale, Model model, HttpServletResponse response) {
        var language = PolicyLanguage.of(locale);
        var document = versions.document(number, language);
        if (document.isEmpty()) {
            return notFound(String.valueOf(number), model, response);
        }
        var now = Instant.now();
        model.addAttribute("document", document.get());
        model.addAttribute("inEffect", versions.effectiveVersion(now));
        model.addAttribute(
                "upcoming",
                versions.published().stream()
                        .filter(version -> version.isAnnouncedAt(now))
                        .reduce((first, second) -> second)
                        .orElse(null));
        model.addAttribute("versions", newestFirst());
        return "privacy/policy";
    }

    private String notFound(String number, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("requested", number);
        model.addAttribute("inEffect", versions.effectiveVersion(Instant.now()));
        model.addAttribute("versions", newestFirst());
        return "privacy/not-found";
    }

    private List<PolicyVersion> newestFirst() {
        var published = new ArrayList<>(versions.published());
        Collections.reverse(published);
        return published;
    }
}

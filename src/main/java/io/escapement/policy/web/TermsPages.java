package io.escapement.policy.web;

import io.escapement.policy.PolicyLanguage;
import io.escapement.policy.TermsVersion;
import io.escapement.policy.TermsVersions;
import jakarta.servlet.http.HttpServletResponse;
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
 * The terms of service's pages (ADR 42): {@code /terms} shows the version in effect now, {@code
 * /terms/v/{n}} any published version, each with its dates and the list of every published
 * version. An unknown or malformed number gets a readable 404 page.
 */
@Controller
class TermsPages {

    private final TermsVersions terms;

    TermsPages(TermsVersions terms) {
        this.terms = terms;
    }

    @GetMapping("/terms")
    String current(Locale locale, Model model, HttpServletResponse response) {
        return show(terms.effectiveVersion(), locale, model, response);
    }

    @GetMapping("/terms/v/{number}")
    String version(@PathVariable String number, Locale locale, Model model, HttpServletResponse response) {
        int parsed;
        try {
            parsed = Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return notFound(number, model, response);
        }
        return show(parsed, locale, model, response);
    }

    private String show(int number, Locale locale, Model model, HttpServletResponse response) {
        var document = terms.document(number, PolicyLanguage.of(locale));
        if (document.isEmpty()) {
            return notFound(String.valueOf(number), model, response);
        }
        model.addAttribute("document", document.get());
        model.addAttribute("inEffect", terms.effectiveVersion());
        model.addAttribute("versions", newestFirst());
        return "terms/terms";
    }

    private String notFound(String number, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("requested", number);
        model.addAttribute("inEffect", terms.effectiveVersion());
        model.addAttribute("versions", newestFirst());
        return "terms/not-found";
    }

    private List<TermsVersion> newestFirst() {
        var published = new ArrayList<>(terms.published());
        Collections.reverse(published);
        return published;
    }
}

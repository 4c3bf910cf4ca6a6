package io.escapement.policy.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shop's layout needs on the policy's pages: the language and the link that switches it. */
@ControllerAdvice(assignableTypes = PolicyPages.class)
class PolicyLayout {

    @ModelAttribute
    void layout(Model model, Locale locale, HttpServletRequest request) {
        boolean zh = !"en".equals(locale.getLanguage());
        model.addAttribute("zh", zh);
        model.addAttribute(
                "switchLanguageUrl",
                UriComponentsBuilder.fromPath(request.getRequestURI())
                        .query(request.getQueryString())
                        .replaceQueryParam("lang", zh ? "en" : "zh-CN")
                        .build()
                        .toUriString());
    }
}

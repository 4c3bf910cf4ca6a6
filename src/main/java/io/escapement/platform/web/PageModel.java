package io.escapement.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: whether to render Chinese ({@code zh}), the page's own path
 * ({@code currentPath}) and the link that switches language on it ({@code switchLanguageUrl}).
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    @ModelAttribute
    void language(Model model, Locale locale, HttpServletRequest request) {
        boolean zh = "zh".equals(locale.getLanguage());
        model.addAttribute("zh", zh);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute(
                "signedIn",
                authentication != null
                        && authentication.getAuthorities().stream()
                                .anyMatch(authority -> "ROLE_BUYER".equals(authority.getAuthority())));
        model.addAttribute(
                "currentPath",
                UriComponentsBuilder.fromPath(request.getRequestURI())
                        .query(request.getQueryString())
                        .build()
                        .toUriString());
        model.addAttribute(
                "switchLanguageUrl",
                UriComponentsBuilder.fromPath(request.getRequestURI())
                        .query(request.getQueryString())
                        .replaceQueryParam("lang", zh ? "en" : "zh-CN")
                        .build()
                        .toUriString());
    }
}

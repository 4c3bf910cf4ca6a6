package io.escapement.account.web;

import io.escapement.account.signin.BindingRefused;
import io.escapement.account.signin.ExternalAccounts;
import io.escapement.privacy.China;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bound accounts in account settings (C-10): the configured providers, bind one, unbind it; and
 * the page that explains a refused or failed third-party sign-in.
 *
 * <p>Binding starts with a link rather than a form, because browsers apply the page's {@code
 * form-action 'self'} to the redirect to the provider. The link carries a random token kept in the
 * session, so another site cannot start a binding for the buyer.
 */
@Controller
class BindingsPage {

    private static final String TOKEN = BindingsPage.class.getName() + ".token";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ExternalAccounts accounts;
    private final ExternalProviders providers;

    BindingsPage(ExternalAccounts accounts, ExternalProviders providers) {
        this.accounts = accounts;
        this.providers = providers;
    }

    @GetMapping("/account/bindings")
    String page(Authentication buyer, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(ExternalSignInHandler.PROBLEM) instanceof String problem) {
            model.addAttribute("problem", problem);
            response.setStatus((Integer) request.getAttribute(ExternalSignInHandler.STATUS));
        }
        return page(SubjectId.ofBuyer(buyer), model, request.getSession());
    }

    @GetMapping("/account/bindings/{provider}/bind")
    String bind(
            Authentication buyer,
            @PathVariable String provider,
            @RequestParam(defaultValue = "") String token,
            Model model,
            HttpSession session,
            HttpServletResponse response) {
        var subject = SubjectId.ofBuyer(buyer);
        if (!providers.isConfigured(provider)) {
            return refused(subject, "bindings.unknownProvider", HttpStatus.NOT_FOUND, model, session, response);
        }
        if (!(session.getAttribute(TOKEN) instanceof String expected)
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return refused(subject, "bindings.staleLink", HttpStatus.BAD_REQUEST, model, session, response);
        }
        try {
            accounts.requireMayBind(subject);
        } catch (BindingRefused refused) {
            return refused(subject, refused.reason(), HttpStatus.CONFLICT, model, session, response);
        }
        session.setAttribute(
                ExternalSignIn.BINDING_INTENT, new ExternalSignIn.BindingIntent(provider, subject.toString()));
        return "redirect:" + ExternalSignIn.AUTHORIZATION_PATH + provider;
    }

    @PostMapping("/account/bindings/unbind")
    String unbind(Authentication buyer, RedirectAttributes redirect) {
        if (accounts.unbind(SubjectId.ofBuyer(buyer))) {
            redirect.addFlashAttribute("unbound", true);
        }
        return "redirect:/account/bindings";
    }

    /** Where the sign-in handler shows why a third-party sign-in did not go through. */
    @RequestMapping("/signin/external")
    String refusedSignIn(Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!(request.getAttribute(ExternalSignInHandler.PROBLEM) instanceof String problem)) {
            return "redirect:/signin";
        }
        model.addAttribute("problem", problem);
        response.setStatus((Integer) request.getAttribute(ExternalSignInHandler.STATUS));
        return "external-signin";
    }

    private String refused(
            SubjectId buyer,
            String problem,
            HttpStatus status,
            Model model,
            HttpSession session,
            HttpServletResponse response) {
        model.addAttribute("problem", problem);
        response.setStatus(status.value());
        return page(buyer, model, session);
    }

    private String page(SubjectId buyer, Model model, HttpSession session) {
        if (!(session.getAttribute(TOKEN) instanceof String)) {
            var token = new byte[16];
            RANDOM.nextBytes(token);
            session.setAttribute(TOKEN, HexFormat.of().formatHex(token));
        }
        model.addAttribute("token", session.getAttribute(TOKEN));
        model.addAttribute("providers", providers.all());
        var binding = accounts.binding(buyer);
        model.addAttribute("binding", binding.orElse(null));
        binding.ifPresent(bound ->
                model.addAttribute("boundSince", SINCE.format(bound.boundAt().atZone(China.TIME_ZONE))));
        return "account/bindings";
    }
}

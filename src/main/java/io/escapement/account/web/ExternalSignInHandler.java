package io.escapement.account.web;

import io.escapement.account.signin.BindingRefused;
import io.escapement.account.signin.ExternalAccounts;
import io.escapement.account.signin.ExternalIdentity;
import io.escapement.account.signin.SignInRefused;
import io.escapement.vault.SubjectId;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * The end of a third-party sign-in: binds the external account when the buyer started from the
 * bindings page, otherwise signs in the buyer it is bound to. Either way the session ends up as a
 * buyer's (or nobody's), never as the provider's user, so nothing the provider sent stays in the
 * session. Refusals and failed callbacks show a page with a 4xx status.
 */
@Component
class ExternalSignInHandler implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String PROBLEM = ExternalSignInHandler.class.getName() + ".problem";
    static final String STATUS = ExternalSignInHandler.class.getName() + ".status";

    private static final Logger log = LoggerFactory.getLogger(ExternalSignInHandler.class);

    private final ExternalAccounts accounts;
    private final BuyerSignIn buyerSignIn;

    ExternalSignInHandler(ExternalAccounts accounts, BuyerSignIn buyerSignIn) {
        this.accounts = accounts;
        this.buyerSignIn = buyerSignIn;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        var token = (OAuth2AuthenticationToken) authentication;
        var identity = identity(token);
        var binding = bindingFor(request);
        if (binding.isPresent()) {
            var buyer = binding.get();
            buyerSignIn.signIn(buyer, request, response);
            try {
                accounts.bind(buyer, identity);
                response.sendRedirect(request.getContextPath() + "/account/bindings");
            } catch (BindingRefused refused) {
                show(request, response, "/account/bindings", refused.reason(), HttpStatus.CONFLICT);
            }
            return;
        }
        try {
            var account = accounts.signIn(identity);
            response.sendRedirect(request.getContextPath() + buyerSignIn.signIn(account, request, response));
        } catch (SignInRefused refused) {
            buyerSignIn.signOut(request, response);
            show(request, response, "/signin/external", refused.reason(), HttpStatus.FORBIDDEN);
        }
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        var code = exception instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                : exception.getClass().getSimpleName();
        log.info("A third-party sign-in did not complete: {}", code);
        show(
                request,
                response,
                "/signin/external",
                "access_denied".equals(code) ? "external.cancelled" : "external.failed",
                HttpStatus.BAD_REQUEST);
    }

    /** What is taken from the provider: who the person is there, nickname and avatar; nothing else. */
    static ExternalIdentity identity(OAuth2AuthenticationToken token) {
        OAuth2User user = token.getPrincipal();
        var provider = token.getAuthorizedClientRegistrationId();
        var oidc = user instanceof OidcUser oidcUser && oidcUser.getIdToken().getIssuer() != null ? oidcUser : null;
        return new ExternalIdentity(
                provider,
                oidc != null ? oidc.getIdToken().getIssuer().toString() : provider,
                oidc != null ? oidc.getSubject() : user.getName(),
                Stream.of("nickname", "preferred_username", "name")
                        .map(claim -> text(user, claim))
                        .filter(value -> value != null && !value.isBlank())
                        .findFirst()
                        .orElse(null),
                text(user, "picture"));
    }

    private static @Nullable String text(OAuth2User user, String claim) {
        return user.getAttribute(claim) instanceof String value ? value : null;
    }

    private static Optional<SubjectId> bindingFor(HttpServletRequest request) {
        var authorization = ExternalSignIn.authorizationRequestOf(request);
        return authorization != null && authorization.getAttribute(ExternalSignIn.BINDING) instanceof String buyer
                ? Optional.of(new SubjectId(UUID.fromString(buyer)))
                : Optional.empty();
    }

    private static void show(
            HttpServletRequest request, HttpServletResponse response, String page, String problem, HttpStatus status)
            throws IOException, ServletException {
        request.setAttribute(PROBLEM, problem);
        request.setAttribute(STATUS, status.value());
        response.setStatus(status.value());
        request.getRequestDispatcher(page).forward(request, response);
    }
}

package io.escapement.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * Third-party sign-in and binding (C-10) with Spring Security's OAuth2 / OpenID Connect login,
 * switched on only when providers are configured ({@code spring.security.oauth2.client.registration.*}).
 *
 * <ul>
 *   <li>Authorization requests ask for {@code openid profile} and nothing more, whatever scopes a
 *       registration lists.
 *   <li>A request a buyer starts from the bindings page carries the buyer as an attribute, bound to
 *       its {@code state}; the callback then binds instead of signing in.
 *   <li>The provider's tokens are not kept after the callback.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ExternalSignIn {

    static final String AUTHORIZATION_PATH = "/oauth2/authorization/";
    static final Set<String> SCOPES = Set.of("openid", "profile");

    /** Session attribute: the binding the buyer asked for on the bindings page, until the redirect. */
    static final String BINDING_INTENT = ExternalSignIn.class.getName() + ".intent";

    /** Authorization request attribute: the buyer's subject id, for a binding. */
    static final String BINDING = "escapement_binding";

    /** The binding a buyer asked for. */
    record BindingIntent(String provider, String buyer) implements Serializable {}

    @Bean
    Customizer<HttpSecurity> externalSignInLogin(
            ObjectProvider<ClientRegistrationRepository> registrations, ExternalSignInHandler handler) {
        return http -> {
            var repository = registrations.getIfAvailable();
            if (repository == null) {
                return;
            }
            http.oauth2Login(login -> login.loginPage("/signin")
                    .authorizationEndpoint(
                            endpoint -> endpoint.authorizationRequestResolver(new AuthorizationRequests(repository))
                                    .authorizationRequestRepository(new RememberedAuthorizationRequests()))
                    .authorizedClientRepository(new NoAuthorizedClients())
                    .successHandler(handler)
                    .failureHandler(handler));
        };
    }

    /** The authorization request of the callback being handled, for the success handler. */
    static @Nullable OAuth2AuthorizationRequest authorizationRequestOf(HttpServletRequest request) {
        return (OAuth2AuthorizationRequest) request.getAttribute(RememberedAuthorizationRequests.REMOVED);
    }

    /** Asks for {@link #SCOPES} only, and marks a binding the buyer asked for. */
    static final class AuthorizationRequests implements OAuth2AuthorizationRequestResolver {

        private final DefaultOAuth2AuthorizationRequestResolver delegate;

        AuthorizationRequests(ClientRegistrationRepository registrations) {
            delegate = new DefaultOAuth2AuthorizationRequestResolver(
                    registrations, AUTHORIZATION_PATH.substring(0, AUTHORIZATION_PATH.length() - 1));
            delegate.setAuthorizationRequestCustomizer(builder -> builder.scopes(SCOPES));
        }

        @Override
        public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
            return marked(request, delegate.resolve(request));
        }

        @Override
        public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
            return marked(request, delegate.resolve(request, registrationId));
        }

        private static @Nullable OAuth2AuthorizationRequest marked(
                HttpServletRequest request, @Nullable OAuth2AuthorizationRequest authorization) {
            var session = request.getSession(false);
            if (authorization == null
                    || session == null
                    || !(session.getAttribute(BINDING_INTENT) instanceof BindingIntent intent)) {
                return authorization;
            }
            session.removeAttribute(BINDING_INTENT);
            if (!intent.provider().equals(authorization.getAttribute(OAuth2ParameterNames.REGISTRATION_ID))) {
                return authorization;
            }
            return OAuth2AuthorizationRequest.from(authorization)
                    .attributes(attributes -> attributes.put(BINDING, intent.buyer()))
                    .build();
        }
    }

    /** Keeps authorization requests in the session, and the one a callback consumed in the request. */
    static final class RememberedAuthorizationRequests
            implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

        static final String REMOVED = RememberedAuthorizationRequests.class.getName() + ".removed";

        private final HttpSessionOAuth2AuthorizationRequestRepository delegate =
                new HttpSessionOAuth2AuthorizationRequestRepository();

        @Override
        public @Nullable OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
            return delegate.loadAuthorizationRequest(request);
        }

        @Override
        public void saveAuthorizationRequest(
                @Nullable OAuth2AuthorizationRequest authorizationRequest,
                HttpServletRequest request,
                HttpServletResponse response) {
            delegate.saveAuthorizationRequest(authorizationRequest, request, response);
        }

        @Override
        public @Nullable OAuth2AuthorizationRequest removeAuthorizationRequest(
                HttpServletRequest request, HttpServletResponse response) {
            var removed = delegate.removeAuthorizationRequest(request, response);
            if (removed != null) {
                request.setAttribute(REMOVED, removed);
            }
            return removed;
        }
    }

    /** The provider's access and refresh tokens are needed for nothing after sign-in: none is kept. */
    static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(
                String clientRegistrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient authorizedClient,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String clientRegistrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    }
}

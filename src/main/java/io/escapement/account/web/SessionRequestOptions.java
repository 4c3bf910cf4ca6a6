package io.escapement.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.authentication.HttpSessionPublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;

/**
 * The options of a passkey sign-in, kept in the (JDBC-backed) session as Spring Security does.
 * Spring Security compares the user-verification requirement by identity, which a round trip
 * through serialization breaks; loading restores the constant, so "required" stays required.
 */
class SessionRequestOptions implements PublicKeyCredentialRequestOptionsRepository {

    private final HttpSessionPublicKeyCredentialRequestOptionsRepository session =
            new HttpSessionPublicKeyCredentialRequestOptionsRepository();

    @Override
    public void save(
            HttpServletRequest request,
            HttpServletResponse response,
            @Nullable PublicKeyCredentialRequestOptions options) {
        session.save(request, response, options);
    }

    @Override
    public @Nullable PublicKeyCredentialRequestOptions load(HttpServletRequest request) {
        var options = session.load(request);
        if (options == null) {
            return null;
        }
        var requirement = Stream.of(
                        UserVerificationRequirement.REQUIRED,
                        UserVerificationRequirement.PREFERRED,
                        UserVerificationRequirement.DISCOURAGED)
                .filter(constant ->
                        constant.getValue().equals(options.getUserVerification().getValue()))
                .findFirst()
                .orElse(UserVerificationRequirement.REQUIRED);
        return PublicKeyCredentialRequestOptions.builder()
                .challenge(options.getChallenge())
                .timeout(options.getTimeout())
                .rpId(options.getRpId())
                .allowCredentials(options.getAllowCredentials())
                .userVerification(requirement)
                .extensions(options.getExtensions())
                .build();
    }
}

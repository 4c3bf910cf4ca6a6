package io.escapement.account.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Keeps the options of a passkey registration between its two requests, per session, in memory:
 * Spring Security's options are not serializable, so they cannot go into the JDBC-backed session
 * (spring-security#16431). A registration therefore has to finish on the node that started it,
 * within the ceremony's timeout (docs/adr/0010).
 */
class ServerSideCreationOptions implements PublicKeyCredentialCreationOptionsRepository {

    private final Cache<String, PublicKeyCredentialCreationOptions> pending;

    ServerSideCreationOptions(Duration timeout) {
        pending = Caffeine.newBuilder()
                .expireAfterWrite(timeout)
                .maximumSize(100_000)
                .build();
    }

    @Override
    public void save(
            HttpServletRequest request,
            HttpServletResponse response,
            @Nullable PublicKeyCredentialCreationOptions options) {
        var session = request.getSession().getId();
        if (options == null) {
            pending.invalidate(session);
        } else {
            pending.put(session, options);
        }
    }

    @Override
    public @Nullable PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? null : pending.getIfPresent(session.getId());
    }
}

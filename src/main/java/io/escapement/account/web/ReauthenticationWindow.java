package io.escapement.account.web;

import io.escapement.account.Reauthentication;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long after re-authenticating the buyer sees their details in full ({@code
 * escapement.account.reauthentication-window}, five minutes). The moment is kept in the
 * server-side session, so the browser cannot extend it.
 */
@Component
class ReauthenticationWindow implements Reauthentication {

    static final String ATTRIBUTE = "escapement.reauthenticated-at";

    private final Clock clock;
    private final Duration window;

    ReauthenticationWindow(Clock clock, @Value("${escapement.account.reauthentication-window:PT5M}") Duration window) {
        this.clock = clock;
        this.window = window;
    }

    void open(HttpSession session) {
        session.setAttribute(ATTRIBUTE, clock.instant().toEpochMilli());
    }

    @Override
    public boolean isOpen(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Long at
                && !Instant.ofEpochMilli(at).plus(window).isBefore(clock.instant());
    }
}

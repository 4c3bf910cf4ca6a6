package io.escapement.account.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Devices and sessions: where the buyer is signed in, and a way to end any or all of those
 * sessions (sessions live server-side, so ending one signs that device out at once).
 */
@Controller
class SessionsPage {

    /** One signed-in session as the page shows it. */
    record SignedIn(String id, String browser, Instant signedInAt, Instant lastActiveAt, boolean current) {}

    static final String BROWSER = "escapement.browser";

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionsPage(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/account/sessions")
    String page(Authentication buyer, HttpServletRequest request, Model model) {
        model.addAttribute("sessions", signedIn(buyer, request.getSession().getId()));
        return "account/sessions";
    }

    @PostMapping("/account/sessions/{id}/end")
    String end(Authentication buyer, @PathVariable String id) {
        if (sessions.findByPrincipalName(buyer.getName()).containsKey(id)) {
            sessions.deleteById(id);
        }
        return "redirect:/account/sessions";
    }

    @PostMapping("/account/sessions/end-others")
    String endOthers(Authentication buyer, HttpServletRequest request) {
        var current = request.getSession().getId();
        sessions.findByPrincipalName(buyer.getName()).keySet().stream()
                .filter(id -> !id.equals(current))
                .forEach(sessions::deleteById);
        return "redirect:/account/sessions";
    }

    private List<SignedIn> signedIn(Authentication buyer, String current) {
        return sessions.findByPrincipalName(buyer.getName()).values().stream()
                .map(session -> new SignedIn(
                        session.getId(),
                        session.getAttributeOrDefault(BROWSER, "—"),
                        session.getCreationTime(),
                        session.getLastAccessedTime(),
                        session.getId().equals(current)))
                .sorted(Comparator.comparing(SignedIn::lastActiveAt).reversed())
                .toList();
    }

    /** The browser family only (C-2): enough to recognise a device, nothing that identifies it. */
    static String browserFamily(String userAgent) {
        if (userAgent == null) {
            return "—";
        }
        if (userAgent.contains("MicroMessenger")) {
            return "WeChat";
        }
        if (userAgent.contains("Edg/")) {
            return "Edge";
        }
        if (userAgent.contains("Chrome/") || userAgent.contains("Chromium/")) {
            return "Chrome";
        }
        if (userAgent.contains("Firefox/")) {
            return "Firefox";
        }
        if (userAgent.contains("Safari/")) {
            return "Safari";
        }
        return "Other";
    }
}

package io.escapement.staff.web;

import io.escapement.staff.StaffDirectory;
import io.escapement.staff.StaffProblem;
import io.escapement.vault.Totp;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff sign-in, and enrolment from an invitation link: choose a password, add the account to an
 * authenticator app (QR code or key) and prove it with a code; then the recovery codes are shown,
 * once.
 */
@Controller
class StaffSignInPages {

    static final String PENDING_SECRET = "staff.enrolment.secret";

    private final StaffDirectory directory;

    StaffSignInPages(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/staff/signin")
    String signIn() {
        return "staff/signin";
    }

    @GetMapping("/staff/enroll")
    String enrolment(
            @RequestParam(defaultValue = "") String token,
            Model model,
            HttpSession session,
            HttpServletResponse response) {
        var handle = directory.enrolling(token);
        if (handle.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "enrol.badToken");
            return "staff/enroll";
        }
        var secret = Totp.newSecret();
        session.setAttribute(PENDING_SECRET, secret);
        return enrolmentForm(model, token, handle.get(), secret);
    }

    @PostMapping("/staff/enroll")
    String enrol(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String code,
            Model model,
            HttpSession session,
            HttpServletResponse response) {
        var handle = directory.enrolling(token);
        var secret = session.getAttribute(PENDING_SECRET) instanceof String pending ? pending : null;
        try {
            if (handle.isEmpty() || secret == null) {
                throw new StaffProblem("enrol.badToken");
            }
            model.addAttribute("recoveryCodes", directory.enrol(token, password, secret, code));
            model.addAttribute("handle", handle.get());
            session.removeAttribute(PENDING_SECRET);
            return "staff/enrolled";
        } catch (StaffProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", problem.reason());
            return handle.isPresent() && secret != null
                    ? enrolmentForm(model, token, handle.get(), secret)
                    : "staff/enroll";
        }
    }

    private static String enrolmentForm(Model model, String token, String handle, String secret) {
        var uri = Totp.uri(secret, handle);
        model.addAttribute("token", token);
        model.addAttribute("handle", handle);
        model.addAttribute("secret", secret);
        model.addAttribute("qr", QrCode.svg(uri));
        return "staff/enroll";
    }
}

package io.escapement.account.web;

import io.escapement.account.signin.AccountSettings;
import io.escapement.account.signin.PasswordSignIn;
import io.escapement.account.signin.SignInRefused;
import io.escapement.account.signin.TooManyCodes;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.InvalidPersonalData;
import io.escapement.privacy.Masked;
import io.escapement.privacy.PhoneNumber;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account settings (U-1): the profile with its details masked until the buyer
 * re-authenticates, changing the mobile number or e-mail address with a code sent to the new one,
 * and the password.
 */
@Controller
class SettingsPages {

    private final AccountSettings settings;
    private final PasswordSignIn passwords;
    private final ReauthenticationWindow window;
    private final MessageSource messages;

    SettingsPages(
            AccountSettings settings, PasswordSignIn passwords, ReauthenticationWindow window, MessageSource messages) {
        this.messages = messages;
        this.settings = settings;
        this.passwords = passwords;
        this.window = window;
    }

    @GetMapping("/account/profile")
    String profile(Authentication buyer, HttpSession session, Model model) {
        return profilePage(SubjectId.ofBuyer(buyer), session, model);
    }

    @PostMapping("/account/profile/reauthenticate/code")
    String sendReauthenticationCode(
            Authentication buyer,
            HttpSession session,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var subject = SubjectId.ofBuyer(buyer);
        try {
            settings.sendReauthenticationCode(subject, request.getRemoteAddr());
            model.addAttribute("reauthenticationCodeSent", true);
        } catch (SignInRefused | TooManyCodes refused) {
            refuse(refused, model, response);
        }
        return profilePage(subject, session, model);
    }

    @PostMapping("/account/profile/reauthenticate")
    String reauthenticate(
            Authentication buyer,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String password,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        var subject = SubjectId.ofBuyer(buyer);
        try {
            if (password.isEmpty()) {
                settings.reauthenticateWithCode(subject, code.strip());
            } else {
                settings.reauthenticateWithPassword(subject, password);
            }
            window.open(session);
            return "redirect:/account/profile";
        } catch (SignInRefused refused) {
            refuse(refused, model, response);
            return profilePage(subject, session, model);
        }
    }

    /** Sends a code to a new mobile number or e-mail address, the {@code detail} to change. */
    @PostMapping("/account/profile/{detail:phone|email}/code")
    String sendCode(
            Authentication buyer,
            @PathVariable String detail,
            @RequestParam Map<String, String> form,
            HttpSession session,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            var value = parse(detail, form.getOrDefault(detail, ""));
            if (value instanceof PhoneNumber phone) {
                settings.sendCode(phone, request.getRemoteAddr());
            } else {
                settings.sendCode((EmailAddress) value);
            }
            pending(detail, value, model);
        } catch (InvalidPersonalData | TooManyCodes refused) {
            refuse(refused, model, response);
        }
        return profilePage(SubjectId.ofBuyer(buyer), session, model);
    }

    /** Takes the new mobile number or e-mail address once the code sent to it comes back. */
    @PostMapping("/account/profile/{detail:phone|email}")
    String change(
            Authentication buyer,
            @PathVariable String detail,
            @RequestParam Map<String, String> form,
            HttpSession session,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var subject = SubjectId.ofBuyer(buyer);
        var code = form.getOrDefault("code", "").strip();
        try {
            var value = parse(detail, form.getOrDefault(detail, ""));
            pending(detail, value, model);
            if (value instanceof PhoneNumber phone) {
                settings.changePhone(subject, phone, code);
            } else {
                settings.changeEmail(subject, (EmailAddress) value, code);
            }
            redirect.addFlashAttribute("done", "settings." + detail + "Changed");
            return "redirect:/account/profile";
        } catch (InvalidPersonalData | SignInRefused refused) {
            refuse(refused, model, response);
            return profilePage(subject, session, model);
        }
    }

    private static Masked parse(String detail, String input) {
        return "phone".equals(detail) ? PhoneNumber.parse(input) : EmailAddress.parse(input);
    }

    /** The new value waiting for its code: in full for the form to send back, masked to show. */
    private static void pending(String detail, Masked value, Model model) {
        model.addAttribute("pending", detail);
        model.addAttribute(
                "pendingValue", value instanceof PhoneNumber phone ? phone.e164() : ((EmailAddress) value).address());
        model.addAttribute("pendingMasked", value.masked());
    }

    @GetMapping("/account/password")
    String passwordPage(Authentication buyer, HttpSession session, Model model) {
        return passwordPage(SubjectId.ofBuyer(buyer), session, model);
    }

    @PostMapping("/account/password")
    String changePassword(
            Authentication buyer,
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            HttpSession session,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var subject = SubjectId.ofBuyer(buyer);
        boolean firstPassword = !passwords.hasPassword(subject);
        if (firstPassword && !window.isOpen(session)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("problem", "settings.password.reauthenticate");
            return passwordPage(subject, session, model);
        }
        try {
            if (firstPassword) {
                passwords.setFirstPassword(subject, password);
            } else {
                passwords.changePassword(subject, current, password);
            }
            redirect.addFlashAttribute("done", "settings.passwordChanged");
            return "redirect:/account/password";
        } catch (SignInRefused refused) {
            refuse(refused, model, response);
            return passwordPage(subject, session, model);
        }
    }

    private String profilePage(SubjectId buyer, HttpSession session, Model model) {
        model.addAttribute("profile", settings.profile(buyer, window.isOpen(session)));
        model.addAttribute("hasPassword", passwords.hasPassword(buyer));
        return "account/profile";
    }

    private String passwordPage(SubjectId buyer, HttpSession session, Model model) {
        model.addAttribute("hasPassword", passwords.hasPassword(buyer));
        model.addAttribute("reauthenticated", window.isOpen(session));
        return "account/password";
    }

    /** Explains a refusal with a 400, or a 429 when codes were asked for too often. */
    private void refuse(RuntimeException refused, Model model, HttpServletResponse response) {
        if (refused instanceof TooManyCodes tooMany) {
            RetryAfter.answer(response, tooMany);
            model.addAttribute("problem", tooMany.reason());
        } else if (refused instanceof SignInRefused signIn) {
            response.setStatus(
                    "signin.locked".equals(signIn.reason())
                            ? HttpStatus.TOO_MANY_REQUESTS.value()
                            : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", signIn.reason());
        } else if (refused instanceof InvalidPersonalData invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problemText", invalid.wordedIn(messages, LocaleContextHolder.getLocale()));
        }
    }
}

package io.escapement.account.web;

import io.escapement.account.AccountSettings;
import io.escapement.account.PasswordSignIn;
import io.escapement.account.SignInRefused;
import io.escapement.account.TooManyCodes;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.InvalidPersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account settings (U-1): the hub, the profile with its details masked until the buyer
 * re-authenticates, changing the mobile number or e-mail address with a code sent to the new one,
 * and the password.
 */
@Controller
class SettingsPages {

    private final AccountSettings settings;
    private final PasswordSignIn passwords;
    private final ReauthenticationWindow window;

    SettingsPages(AccountSettings settings, PasswordSignIn passwords, ReauthenticationWindow window) {
        this.settings = settings;
        this.passwords = passwords;
        this.window = window;
    }

    @GetMapping("/account")
    String hub() {
        return "account/index";
    }

    @GetMapping("/account/profile")
    String profile(Authentication buyer, HttpSession session, Model model) {
        return profilePage(SubjectId.ofBuyer(buyer), session, model);
    }

    @PostMapping("/account/profile/reauthenticate/code")
    String sendReauthenticationCode(
            Authentication buyer, HttpSession session, Model model, HttpServletResponse response) {
        var subject = SubjectId.ofBuyer(buyer);
        try {
            settings.sendReauthenticationCode(subject);
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

    @PostMapping("/account/profile/phone/code")
    String sendPhoneCode(
            Authentication buyer,
            @RequestParam(defaultValue = "") String phone,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        try {
            var number = PhoneNumber.parse(phone);
            settings.sendCode(number);
            model.addAttribute("newPhone", number.e164());
            model.addAttribute("maskedNewPhone", number.masked());
        } catch (InvalidPersonalData | TooManyCodes refused) {
            refuse(refused, model, response);
        }
        return profilePage(SubjectId.ofBuyer(buyer), session, model);
    }

    @PostMapping("/account/profile/phone")
    String changePhone(
            Authentication buyer,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String code,
            HttpSession session,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var subject = SubjectId.ofBuyer(buyer);
        try {
            var number = PhoneNumber.parse(phone);
            model.addAttribute("newPhone", number.e164());
            model.addAttribute("maskedNewPhone", number.masked());
            settings.changePhone(subject, number, code.strip());
            redirect.addFlashAttribute("done", "settings.phoneChanged");
            return "redirect:/account/profile";
        } catch (InvalidPersonalData | SignInRefused refused) {
            refuse(refused, model, response);
            return profilePage(subject, session, model);
        }
    }

    @PostMapping("/account/profile/email/code")
    String sendEmailCode(
            Authentication buyer,
            @RequestParam(defaultValue = "") String email,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        try {
            var address = EmailAddress.parse(email);
            settings.sendCode(address);
            model.addAttribute("newEmail", address.address());
            model.addAttribute("maskedNewEmail", address.masked());
        } catch (InvalidPersonalData | TooManyCodes refused) {
            refuse(refused, model, response);
        }
        return profilePage(SubjectId.ofBuyer(buyer), session, model);
    }

    @PostMapping("/account/profile/email")
    String changeEmail(
            Authentication buyer,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String code,
            HttpSession session,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var subject = SubjectId.ofBuyer(buyer);
        try {
            var address = EmailAddress.parse(email);
            model.addAttribute("newEmail", address.address());
            model.addAttribute("maskedNewEmail", address.masked());
            settings.changeEmail(subject, address, code.strip());
            redirect.addFlashAttribute("done", "settings.emailChanged");
            return "redirect:/account/profile";
        } catch (InvalidPersonalData | SignInRefused refused) {
            refuse(refused, model, response);
            return profilePage(subject, session, model);
        }
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
    private static void refuse(RuntimeException refused, Model model, HttpServletResponse response) {
        if (refused instanceof TooManyCodes tooMany) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(
                    "Retry-After",
                    Long.toString(Math.max(1, tooMany.retryAfter().toSeconds())));
            model.addAttribute("problemText", tooMany.getMessage());
        } else if (refused instanceof SignInRefused signIn) {
            response.setStatus(
                    "signin.locked".equals(signIn.reason())
                            ? HttpStatus.TOO_MANY_REQUESTS.value()
                            : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", signIn.reason());
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problemText", refused.getMessage());
        }
    }
}

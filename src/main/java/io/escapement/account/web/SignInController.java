package io.escapement.account.web;

import io.escapement.account.signin.OneTimeCodes;
import io.escapement.account.signin.PasswordSignIn;
import io.escapement.account.signin.PhoneSignIn;
import io.escapement.account.signin.SignInRefused;
import io.escapement.account.signin.TooManyCodes;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.InvalidPersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in and registration with a mobile number and a code by SMS: the number first, then the
 * code (and, for a new number, acceptance of the privacy policy). A buyer who has not accepted a
 * material change in effect is asked to first (N-2).
 */
@Controller
class SignInController {

    private final OneTimeCodes codes;
    private final PhoneSignIn smsSignIn;
    private final PasswordSignIn passwordSignIn;
    private final BuyerSignIn buyerSignIn;

    SignInController(
            OneTimeCodes codes, PhoneSignIn smsSignIn, PasswordSignIn passwordSignIn, BuyerSignIn buyerSignIn) {
        this.codes = codes;
        this.smsSignIn = smsSignIn;
        this.passwordSignIn = passwordSignIn;
        this.buyerSignIn = buyerSignIn;
    }

    @GetMapping("/signin")
    String start() {
        return "signin";
    }

    @PostMapping("/signin/code")
    String sendCode(
            @RequestParam(defaultValue = "") String phone,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            var number = PhoneNumber.parse(phone);
            codes.send(number, request.getRemoteAddr());
            return codeStep(number, model);
        } catch (InvalidPersonalData e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "signin.badNumber");
        } catch (TooManyCodes e) {
            RetryAfter.answer(response, e);
            model.addAttribute("problem", e.reason());
        }
        return "signin";
    }

    @PostMapping("/signin")
    String signIn(
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "false") boolean acceptsPolicy,
            @RequestParam(defaultValue = "false") boolean restore,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        PhoneNumber number;
        try {
            number = PhoneNumber.parse(phone);
        } catch (InvalidPersonalData e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "signin.badNumber");
            return "signin";
        }
        try {
            return signedIn(smsSignIn.signIn(number, code.strip(), acceptsPolicy, restore), request, response);
        } catch (SignInRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", refused.reason());
            model.addAttribute("restorable", "signin.pendingDeletion".equals(refused.reason()));
            model.addAttribute("code", code.strip());
            return codeStep(number, model);
        }
    }

    /** E-mail and password: sign in. */
    @PostMapping("/signin/email")
    String signInWithEmail(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            return signedIn(
                    passwordSignIn.signIn(EmailAddress.parse(email), password, request.getRemoteAddr()),
                    request,
                    response);
        } catch (InvalidPersonalData | SignInRefused refused) {
            refuse(refused, model, response);
        }
        model.addAttribute("emailForm", true);
        return "signin";
    }

    /**
     * Registration by e-mail: the same answer, "check your mailbox", whether or not the address
     * has an account; the message says which.
     */
    @PostMapping("/signin/email/register")
    String register(@RequestParam(defaultValue = "") String email, Model model, HttpServletResponse response) {
        try {
            passwordSignIn.register(EmailAddress.parse(email));
            model.addAttribute("mailSent", true);
        } catch (InvalidPersonalData e) {
            refuse(e, model, response);
        } catch (TooManyCodes e) {
            RetryAfter.answer(response, e);
            model.addAttribute("problem", e.reason());
        }
        model.addAttribute("emailForm", true);
        return "signin";
    }

    /** The link of the registration message: choose a password and open the account. */
    @GetMapping("/signin/email/confirm")
    String confirmPage(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "register";
    }

    @PostMapping("/signin/email/confirm")
    String confirm(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "false") boolean acceptsPolicy,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            return signedIn(
                    passwordSignIn.confirmRegistration(EmailAddress.parse(email), token, password, acceptsPolicy),
                    request,
                    response);
        } catch (InvalidPersonalData | SignInRefused refused) {
            refuse(refused, model, response);
        }
        model.addAttribute("token", token);
        return "register";
    }

    /** A bad address, or a refused e-mail sign-in or registration: 400, or 429 while locked. */
    private static void refuse(RuntimeException refused, Model model, HttpServletResponse response) {
        var reason = refused instanceof SignInRefused signIn ? signIn.reason() : "signin.badEmail";
        response.setStatus(
                "signin.locked".equals(reason) ? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", reason);
    }

    private String signedIn(SubjectId account, HttpServletRequest request, HttpServletResponse response) {
        return "redirect:" + buyerSignIn.signIn(account, request, response);
    }

    private String codeStep(PhoneNumber number, Model model) {
        model.addAttribute("phone", number.e164());
        model.addAttribute("maskedPhone", number.masked());
        return "signin";
    }
}

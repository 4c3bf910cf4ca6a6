package io.escapement.account.web;

import io.escapement.account.minors.GuardianConsent;
import io.escapement.account.minors.Minors;
import io.escapement.account.signin.TooManyCodes;
import io.escapement.privacy.InvalidPersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The buyer's declared birthday, and a guardian's consent for a minor's account: number, code, declaration (M-1). */
@Controller
class GuardianPage {

    private final GuardianConsent guardians;
    private final Minors minors;
    private final MessageSource messages;

    GuardianPage(GuardianConsent guardians, Minors minors, MessageSource messages) {
        this.messages = messages;
        this.guardians = guardians;
        this.minors = minors;
    }

    @GetMapping("/account/guardian")
    String page() {
        return "account/guardian";
    }

    /** The buyer declares a birthday; a minor's account is restricted until a guardian consents. */
    @PostMapping("/account/guardian/birthday")
    String declareBirthday(
            Authentication buyer,
            @RequestParam(defaultValue = "") String birthday,
            Model model,
            HttpServletResponse response) {
        try {
            var age = minors.declareBirthday(SubjectId.ofBuyer(buyer), LocalDate.parse(birthday.strip()));
            model.addAttribute("birthdaySaved", age == Minors.Age.ADULT ? "birthday.saved" : "birthday.minor");
        } catch (DateTimeParseException | IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("birthdayProblem", "birthday.invalid");
        } catch (Minors.AgeVerified e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("birthdayProblem", "birthday.verified");
        }
        return "account/guardian";
    }

    @PostMapping("/account/guardian/code")
    String sendCode(
            @RequestParam(defaultValue = "") String guardianPhone,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            var phone = PhoneNumber.parse(guardianPhone);
            guardians.sendCode(phone, request.getRemoteAddr());
            model.addAttribute("guardianPhone", phone.e164());
            model.addAttribute("maskedPhone", phone.masked());
        } catch (InvalidPersonalData invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", invalid.wordedIn(messages, LocaleContextHolder.getLocale()));
        } catch (TooManyCodes tooMany) {
            RetryAfter.answer(response, tooMany);
            model.addAttribute("problem", messages.getMessage(tooMany.reason(), null, LocaleContextHolder.getLocale()));
        }
        return "account/guardian";
    }

    @PostMapping("/account/guardian")
    String confirm(
            Authentication minor,
            @RequestParam(defaultValue = "") String guardianPhone,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "false") boolean declared,
            Model model,
            HttpServletResponse response) {
        try {
            var phone = PhoneNumber.parse(guardianPhone);
            if (guardians.confirm(SubjectId.ofBuyer(minor), phone, code.strip(), declared)) {
                model.addAttribute("confirmed", true);
                return "account/guardian";
            }
            model.addAttribute("guardianPhone", phone.e164());
            model.addAttribute("maskedPhone", phone.masked());
        } catch (InvalidPersonalData invalid) {
            model.addAttribute("problem", invalid.wordedIn(messages, LocaleContextHolder.getLocale()));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute(
                "problem", model.getAttribute("problem") == null ? "guardian.failed" : model.getAttribute("problem"));
        return "account/guardian";
    }
}

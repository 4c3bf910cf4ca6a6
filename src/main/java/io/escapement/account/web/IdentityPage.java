package io.escapement.account.web;

import io.escapement.account.minors.RealName;
import io.escapement.account.minors.RealNameVerification;
import io.escapement.privacy.InvalidPersonalData;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.ResidentId;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Real-name verification for the buyer; once verified, shown masked and locked (U-1). */
@Controller
class IdentityPage {

    private final RealNameVerification verification;
    private final PersonalDataVault vault;
    private final MessageSource messages;

    IdentityPage(RealNameVerification verification, PersonalDataVault vault, MessageSource messages) {
        this.messages = messages;
        this.verification = verification;
        this.vault = vault;
    }

    @GetMapping("/account/identity")
    String page(Authentication buyer, Model model) {
        return show(subject(buyer), model);
    }

    @PostMapping("/account/identity")
    String verify(
            Authentication buyer,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String idNumber,
            Model model,
            HttpServletResponse response) {
        var subject = subject(buyer);
        try {
            var verified = verification.verify(subject, PersonName.parse(name), ResidentId.parse(idNumber));
            model.addAttribute("verified", verified);
        } catch (InvalidPersonalData | RealNameVerification.IdentityLocked refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", refused.wordedIn(messages, LocaleContextHolder.getLocale()));
        }
        return show(subject, model);
    }

    private String show(SubjectId subject, Model model) {
        model.addAttribute("locked", verification.isVerified(subject));
        if (verification.isVerified(subject)) {
            var self = Accessor.subject(subject, false);
            model.addAttribute(
                    "maskedName",
                    vault.show(subject, RealName.class, "name", Purpose.ACCOUNT, self)
                            .orElse(""));
            model.addAttribute(
                    "maskedId",
                    vault.show(subject, RealName.class, "idNumber", Purpose.ACCOUNT, self)
                            .orElse(""));
        }
        return "account/identity";
    }

    private static SubjectId subject(Authentication buyer) {
        return SubjectId.ofBuyer(buyer);
    }
}

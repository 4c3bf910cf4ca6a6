package io.escapement.account.web;

import io.escapement.account.Passkeys;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Passkeys in account settings ("face login", C-6): the buyer's passkeys with when each was added
 * and last used, a button that adds one (static/js/passkeys.js runs Spring Security's registration
 * ceremony) and a way to delete any of them.
 */
@Controller
class PasskeysPage {

    private final Passkeys passkeys;

    PasskeysPage(Passkeys passkeys) {
        this.passkeys = passkeys;
    }

    @GetMapping("/account/passkeys")
    String page(Authentication buyer, Model model) {
        model.addAttribute("passkeys", passkeys.of(SubjectId.ofBuyer(buyer)));
        return "account/passkeys";
    }

    @PostMapping("/account/passkeys/{id}/delete")
    String delete(Authentication buyer, @PathVariable String id, Model model, HttpServletResponse response) {
        if (passkeys.delete(SubjectId.ofBuyer(buyer), id)) {
            return "redirect:/account/passkeys";
        }
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("problem", "passkeys.notFound");
        return page(buyer, model);
    }
}

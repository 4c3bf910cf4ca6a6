package io.escapement.account.web;

import io.escapement.account.signin.Passkeys;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Passkeys in account settings ("face login", C-6): the buyer's passkeys with when each was added
 * and last used, a button that adds one (static/js/passkeys.js runs Spring Security's registration
 * ceremony), and ways to rename or delete any of them.
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
        return passkeys.delete(SubjectId.ofBuyer(buyer), id)
                ? "redirect:/account/passkeys"
                : refused(HttpStatus.NOT_FOUND, "passkeys.notFound", buyer, model, response);
    }

    @PostMapping("/account/passkeys/{id}/rename")
    String rename(
            Authentication buyer,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String label,
            Model model,
            HttpServletResponse response) {
        try {
            return passkeys.rename(SubjectId.ofBuyer(buyer), id, label)
                    ? "redirect:/account/passkeys"
                    : refused(HttpStatus.NOT_FOUND, "passkeys.notFound", buyer, model, response);
        } catch (IllegalArgumentException badName) {
            return refused(HttpStatus.BAD_REQUEST, "passkeys.badLabel", buyer, model, response);
        }
    }

    private String refused(
            HttpStatus status, String problem, Authentication buyer, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("problem", problem);
        return page(buyer, model);
    }
}

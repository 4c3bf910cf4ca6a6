package io.escapement.merchant.web;

import io.escapement.merchant.MerchantDirectory;
import io.escapement.party.MerchantId;
import io.escapement.staff.StaffDirectory;
import io.escapement.staff.StaffProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Operations staff invite a merchant's staff, who then see that merchant only. */
@Controller
class MerchantStaffConsole {

    private final MerchantDirectory merchants;
    private final StaffDirectory staff;

    MerchantStaffConsole(MerchantDirectory merchants, StaffDirectory staff) {
        this.merchants = merchants;
        this.staff = staff;
    }

    @GetMapping("/console/merchants")
    String merchants(Model model) {
        model.addAttribute("merchants", merchants.findAll(merchants.ids()).values());
        return "console/merchants";
    }

    @GetMapping("/console/merchants/{id}")
    String merchant(@PathVariable long id, Model model, HttpServletResponse response) {
        var merchant = merchants.find(new MerchantId(id));
        if (merchant.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "merchant.unknown");
            return merchants(model);
        }
        model.addAttribute("merchant", merchant.get());
        model.addAttribute("members", staff.membersOf(new MerchantId(id)));
        return "console/merchant";
    }

    @PostMapping("/console/merchants/{id}/staff")
    String invite(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String handle,
            Model model,
            HttpServletResponse response) {
        if (merchants.find(new MerchantId(id)).isEmpty()) {
            return merchant(id, model, response);
        }
        try {
            var invitation = staff.invite(handle, Set.of(), new MerchantId(id));
            model.addAttribute(
                    "invitation",
                    ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + invitation.path());
        } catch (StaffProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", problem.reason());
        }
        return merchant(id, model, response);
    }
}

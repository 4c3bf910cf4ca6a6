package io.escapement.staff.web;

import io.escapement.privacy.StaffRole;
import io.escapement.staff.StaffDirectory;
import io.escapement.staff.StaffProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The administrator's page: invite platform staff with roles, restart a member's enrolment, disable. */
@Controller
class StaffAdministration {

    private final StaffDirectory directory;

    StaffAdministration(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/console/staff")
    String members(Model model) {
        model.addAttribute("members", directory.members());
        model.addAttribute("roles", StaffRole.values());
        return "console/staff";
    }

    @PostMapping("/console/staff")
    String invite(
            @RequestParam(defaultValue = "") String handle,
            @RequestParam(defaultValue = "") List<String> roles,
            Model model,
            HttpServletResponse response) {
        try {
            var chosen = EnumSet.noneOf(StaffRole.class);
            for (var role : roles) {
                chosen.add(parse(role));
            }
            model.addAttribute(
                    "invitation",
                    ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                            + directory.invite(handle, chosen, null).path());
        } catch (StaffProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", problem.reason());
        }
        return members(model);
    }

    @PostMapping("/console/staff/{member}/reset")
    String reset(@PathVariable UUID member, Model model, HttpServletResponse response) {
        try {
            model.addAttribute(
                    "invitation",
                    ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                            + directory.reset(member).path());
        } catch (StaffProblem problem) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", problem.reason());
        }
        return members(model);
    }

    @PostMapping("/console/staff/{member}/disable")
    String disable(@PathVariable UUID member) {
        directory.disable(member);
        return "redirect:/console/staff";
    }

    private static StaffRole parse(String role) {
        try {
            return StaffRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new StaffProblem("staff.noRole");
        }
    }
}

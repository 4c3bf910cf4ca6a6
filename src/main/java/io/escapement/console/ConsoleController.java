package io.escapement.console;

import io.escapement.account.CompromiseReports;
import io.escapement.account.SecurityCaseId;
import io.escapement.audit.AuditVerifier;
import io.escapement.audit.DataAccessHistory;
import io.escapement.privacy.DataMap;
import io.escapement.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff pages: the data map, and the audit trail's verification and anomalies. */
@Controller
class ConsoleController {

    private final DataMap dataMap;
    private final AuditVerifier verifier;
    private final DataAccessHistory history;
    private final CompromiseReports compromises;

    ConsoleController(
            DataMap dataMap, AuditVerifier verifier, DataAccessHistory history, CompromiseReports compromises) {
        this.dataMap = dataMap;
        this.verifier = verifier;
        this.history = history;
        this.compromises = compromises;
    }

    /** The security team's queue: open cases such as reported account compromises (P-11). */
    @GetMapping("/console/security")
    String security(Model model) {
        model.addAttribute("cases", compromises.openCases());
        return "console/security";
    }

    /** Closes a compromise case and unlocks the account; how the owner was verified is required. */
    @PostMapping("/console/security/cases/{caseId}/unlock")
    String unlock(
            @PathVariable long caseId,
            @RequestParam(defaultValue = "") String resolution,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        if (resolution.isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "Say how the owner was verified (for example the ticket number).");
        } else if (!compromises.unlock(
                new SecurityCaseId(caseId),
                StaffMember.of(authentication).orElseThrow().handle(),
                resolution)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "No open compromise case " + caseId + ".");
        } else {
            model.addAttribute("unlocked", caseId);
        }
        return security(model);
    }

    @GetMapping("/console")
    String index() {
        return "console/index";
    }

    @GetMapping("/console/data-map")
    String dataMap(Model model) {
        model.addAttribute("fields", dataMap.fields());
        return "console/data-map";
    }

    @GetMapping("/console/audit")
    String audit(Model model) {
        model.addAttribute("anomalies", history.anomalies(7));
        return "console/audit";
    }

    @PostMapping("/console/audit/verify")
    String verify(Model model) {
        model.addAttribute("report", verifier.verify());
        return audit(model);
    }
}

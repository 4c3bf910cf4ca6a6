package io.escapement.console;

import io.escapement.account.CompromiseReports;
import io.escapement.audit.AuditVerifier;
import io.escapement.audit.DataAccessHistory;
import io.escapement.privacy.DataMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

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

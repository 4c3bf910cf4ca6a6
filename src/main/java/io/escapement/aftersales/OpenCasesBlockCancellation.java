package io.escapement.aftersales;

import io.escapement.account.spi.CancellationBlocker;
import io.escapement.vault.SubjectId;
import java.util.List;
import org.springframework.stereotype.Component;

/** An account with an open return case or dispute cannot be cancelled (U-11): the case must finish first. */
@Component
class OpenCasesBlockCancellation implements CancellationBlocker {

    private final ReturnCases cases;

    OpenCasesBlockCancellation(ReturnCases cases) {
        this.cases = cases;
    }

    @Override
    public List<String> blockers(SubjectId account) {
        return cases.openOf(account) > 0 ? List.of("cancel.blocker.openReturn") : List.of();
    }
}

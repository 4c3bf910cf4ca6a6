package io.escapement.order;

import io.escapement.account.spi.CancellationBlocker;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An account with an open order cannot be cancelled (U-11): the order must be paid and completed,
 * or close, first. An unpaid order past its reservation does not block, as it closes by itself.
 */
@Component
class OpenOrdersBlockCancellation implements CancellationBlocker {

    private final Orders orders;
    private final Clock clock;

    OpenOrdersBlockCancellation(Orders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public List<String> blockers(SubjectId account) {
        return orders.openOf(account, clock.instant()) > 0 ? List.of("cancel.blocker.openOrder") : List.of();
    }
}

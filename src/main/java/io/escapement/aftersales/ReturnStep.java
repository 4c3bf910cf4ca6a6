package io.escapement.aftersales;

import io.escapement.money.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One move of a return case, as its timeline shows it.
 *
 * @param note the reason, refusal reason or inspection note the move carries; no personal data
 * @param amount the refund's amount; null for the other moves
 */
public record ReturnStep(
        Kind kind,
        Party by,
        Instant at,
        @Nullable String note,
        @Nullable Money amount) {

    public enum Kind {
        REQUESTED,
        ACCEPTED,
        REFUSED,
        ESCALATED,
        ACCEPTED_ON_ESCALATION,
        REFUSAL_UPHELD,
        WITHDRAWN,
        SHIPPED_BACK,
        ARRIVED,
        INSPECTED_PASSED,
        INSPECTED_FAILED,
        REFUNDED,
        CLOSED,
        DISPUTE_OPENED,
        DISPUTE_RESOLVED
    }
}

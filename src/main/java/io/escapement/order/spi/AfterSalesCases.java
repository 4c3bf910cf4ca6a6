package io.escapement.order.spi;

import io.escapement.order.OrderId;
import java.util.Optional;

/** An order's return case, for the merchant's order page; the after-sales module answers (ADR 48). */
public interface AfterSalesCases {

    /** The order's return case, if it has one. */
    Optional<Case> of(OrderId order);

    /**
     * One return case.
     *
     * @param id the case's number, for its page's URL
     * @param reference how people quote it, e.g. {@code RC-42}
     * @param state its state's name (a message key's last part)
     */
    record Case(long id, String reference, String state) {}
}

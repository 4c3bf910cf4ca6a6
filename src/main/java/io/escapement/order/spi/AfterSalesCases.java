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
     * @param reference how people quote it and its page's URL names it, e.g. {@code RC-42}
     * @param state its state's name (a message key's last part)
     */
    record Case(String reference, String state) {}
}

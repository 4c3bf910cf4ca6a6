package io.escapement.invoice;

import io.escapement.money.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where an order's invoice stands, as the buyer sees it.
 *
 * @param requestable whether the buyer may still ask for an invoice (or change the title): until receipt
 * @param title the title asked for, masked; {@code null} when none was asked for, or the title was deleted
 * @param issued the issued invoice, {@code null} before
 */
public record InvoiceState(
        String orderNumber,
        boolean requested,
        boolean requestable,
        @Nullable TitleCard title,
        @Nullable Issued issued) {

    /** An issued invoice: its number, code, issue date and amounts. */
    public record Issued(String number, String code, LocalDate issuedOn, Money amount, Money tax, Money total) {}
}

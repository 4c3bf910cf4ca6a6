package io.escapement.payment;

import io.escapement.language.WordedRefusal;
import io.escapement.money.Money;
import io.escapement.order.OrderId;
import io.escapement.order.OrderSettlements;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A refund after-sales decided (ADR 48): {@code amount} of a paid order goes back to the original
 * payment method, through the provider that took it ({@link Refunds}: decided in the caller's
 * transaction, sent after the commit). Before the order is settled it comes out of escrow; after,
 * out of the merchant's payable account, so the ledger still sums to zero.
 */
@Service
public class AfterSalesRefunds {

    /** The ledger account a refund comes out of. */
    public enum Source {
        ESCROW,
        MERCHANT_PAYABLE
    }

    private record Paying(Charge charge, Money refunds) {}

    private final JdbcClient jdbc;
    private final Charges charges;
    private final Refunds refunds;
    private final OrderSettlements orders;

    AfterSalesRefunds(JdbcClient jdbc, Charges charges, Refunds refunds, OrderSettlements orders) {
        this.jdbc = jdbc;
        this.charges = charges;
        this.refunds = refunds;
        this.orders = orders;
    }

    /**
     * Decides, in the caller's transaction, that {@code amount} of the order goes back, with the
     * {@code reason} the provider shows the buyer.
     *
     * @return where the money comes from
     * @throws RefundRefused 404 for an order that is not paid, 400 when the amount is not positive or
     *     more than the charge that paid it has left
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Source refund(OrderId order, Money amount, String reason) {
        var settleable =
                orders.find(order).orElseThrow(() -> new RefundRefused(HttpStatus.NOT_FOUND, "orders.notFound"));
        // the paying charge's row is locked, so that two refunds at once cannot both take what is left
        var charge = jdbc.sql("""
                        select id from payment.charge where order_number = :order and pays_order
                        order by id limit 1 for update""")
                .param("order", settleable.number().value())
                .query(Long.class)
                .optional()
                .flatMap(id -> charges.find(new ChargeId(id)))
                .orElseThrow(() -> new RefundRefused(HttpStatus.NOT_FOUND, "orders.notFound"));
        var requested = jdbc.sql("select coalesce(sum(amount_fen), 0) from payment.refund where charge_id = :charge")
                .param("charge", charge.id().value())
                .query(Long.class)
                .single();
        var paying = new Paying(charge, new Money(requested, charge.amount().currency()));
        var left = paying.charge().amount().minus(paying.refunds());
        if (!amount.isPositive() || amount.compareTo(left) > 0) {
            throw new RefundRefused(
                    HttpStatus.BAD_REQUEST, "aftersales.refundTooLarge", amount.formatted(), left.formatted());
        }
        boolean settled = jdbc.sql("select exists (select 1 from payment.settlement where order_id = :order)")
                .param("order", order.value())
                .query(Boolean.class)
                .single();
        var from = settled ? LedgerAccount.payableTo(settleable.merchant()) : LedgerAccount.ESCROW;
        refunds.request(paying.charge(), amount, reason, from);
        return settled ? Source.MERCHANT_PAYABLE : Source.ESCROW;
    }

    /** A refund the payment module will not decide. */
    public static final class RefundRefused extends WordedRefusal {
        RefundRefused(HttpStatus status, String code, Object... arguments) {
            super(status, code, arguments);
        }
    }
}

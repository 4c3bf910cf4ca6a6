package io.escapement.payment;

import io.escapement.order.BuyerOrders;
import io.escapement.order.OrderNumber;
import io.escapement.order.OrderPayments;
import io.escapement.order.PaymentOutcome;
import io.escapement.order.PaymentState;
import io.escapement.payment.spi.CallbackAnswer;
import io.escapement.payment.spi.ForgedCallback;
import io.escapement.payment.spi.PaymentProvider;
import io.escapement.payment.spi.PaymentRequest;
import io.escapement.payment.spi.PaymentStart;
import io.escapement.payment.spi.ProviderCallback;
import io.escapement.payment.spi.ProviderNotification;
import io.escapement.payment.spi.ProviderUnavailable;
import io.escapement.privacy.Category;
import io.escapement.privacy.Purpose;
import io.escapement.sharing.Disclosure;
import io.escapement.sharing.SharingGateway;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taking payment for an order (keeps S-5 for providers): a buyer starts a charge at a provider,
 * and the provider's signed callback settles it. A callback is trusted only once its provider's
 * adapter verified it, it names a charge of that provider and the charge's amount; anything else is
 * refused, recorded as a security event, and changes nothing. A repeated callback changes nothing.
 * The first confirmation books the money into escrow and pays the order; money that arrives for
 * an order closed meanwhile, or paid already by another charge, goes back through the same provider.
 */
@Service
public class Payments {

    private final PaymentProviders providers;
    private final Charges charges;
    private final Ledger ledger;
    private final Refunds refunds;
    private final RefusedCallbacks refused;
    private final BuyerOrders buyerOrders;
    private final OrderPayments orderPayments;
    private final SharingGateway sharing;
    private final SiteAddress site;
    private final PaymentProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Payments(
            PaymentProviders providers,
            Charges charges,
            Ledger ledger,
            Refunds refunds,
            RefusedCallbacks refused,
            BuyerOrders buyerOrders,
            OrderPayments orderPayments,
            SharingGateway sharing,
            SiteAddress site,
            PaymentProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.providers = providers;
        this.charges = charges;
        this.ledger = ledger;
        this.refunds = refunds;
        this.refused = refused;
        this.buyerOrders = buyerOrders;
        this.orderPayments = orderPayments;
        this.sharing = sharing;
        this.site = site;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Starts paying one of the buyer's orders at {@code providerId}: what the browser does next. A
     * second start at the same provider while the first is open pays the same charge. The provider
     * is told the charge's reference, the amount and the subject line, through the sharing gateway.
     *
     * @throws PaymentRefused 400 for a provider that is not enabled, 404 for an order that is not
     *     the buyer's, 409 for an order that is paid or can no longer be paid, 503 when the provider
     *     cannot be reached
     */
    public PaymentStart start(SubjectId buyer, OrderNumber number, String providerId) {
        var provider = providers
                .find(providerId)
                .orElseThrow(() -> new PaymentRefused(HttpStatus.BAD_REQUEST, "payment.unknownProvider"));
        var order = buyerOrders
                .find(buyer, number)
                .orElseThrow(() -> new PaymentRefused(HttpStatus.NOT_FOUND, "orders.notFound"));
        var now = clock.instant();
        if (order.payment() != PaymentState.AWAITING) {
            throw new PaymentRefused(HttpStatus.CONFLICT, "payment.alreadyPaid");
        }
        if (!order.payableAt(now)) {
            throw new PaymentRefused(HttpStatus.CONFLICT, "payment.tooLate");
        }
        var charge = charges.addOrFindOpen(
                Charge.create(References.next("P"), providerId, number, order.total(), now, order.reservedUntil()));
        var shared = sharing.share(Disclosure.to(providerId, Purpose.PAYMENT, buyer, number.value())
                .field("reference", Category.USER_TRANSACTION, charge.reference())
                .field(
                        "amount",
                        Category.USER_TRANSACTION,
                        Long.toString(charge.amount().minor()))
                .field("subject", Category.USER_TRANSACTION, properties.subject()));
        var request = new PaymentRequest(
                shared.get("reference"),
                charge.amount(),
                shared.get("subject"),
                site.resolve("/api/v1/payments/" + providerId + "/notify"),
                site.resolve("/account/orders/" + number.value()),
                charge.expiresAt());
        try {
            return provider.start(request);
        } catch (ProviderUnavailable unavailable) {
            throw new PaymentRefused(HttpStatus.SERVICE_UNAVAILABLE, "payment.providerUnavailable");
        }
    }

    /**
     * Handles a provider's asynchronous callback and says what to answer it.
     *
     * @throws PaymentRefused 404 for a provider that is not enabled; 400 for a forged callback, one
     *     that names no charge of that provider, or another amount (each recorded as a security
     *     event); 503 when a concurrent confirmation made this one lose, so the provider retries
     */
    public CallbackAnswer receive(String providerId, ProviderCallback callback) {
        var provider = providers
                .find(providerId)
                .orElseThrow(() -> new PaymentRefused(HttpStatus.NOT_FOUND, "payment.unknownProvider"));
        ProviderNotification notification;
        try {
            notification = provider.verify(callback);
        } catch (ForgedCallback forged) {
            refused.record(providerId, "forged: " + forged.getMessage(), null);
            throw new PaymentRefused(HttpStatus.BAD_REQUEST, "payment.callbackRefused");
        }
        if (notification.status() == ProviderNotification.Status.UNSETTLED) {
            return provider.accepted();
        }
        var charge = charges.byReference(notification.reference())
                .filter(found -> found.provider().equals(providerId))
                .orElse(null);
        if (charge == null) {
            refused.record(providerId, "no such charge at this provider", notification.reference());
            throw new PaymentRefused(HttpStatus.BAD_REQUEST, "payment.callbackRefused");
        }
        if (!notification.amount().equals(charge.amount())) {
            refused.record(providerId, "amount " + notification.amount() + " is not the charge's", charge.reference());
            throw new PaymentRefused(HttpStatus.BAD_REQUEST, "payment.callbackRefused");
        }
        try {
            transactions.executeWithoutResult(status -> settle(provider, charge.id(), notification));
        } catch (ConcurrencyFailureException | TransactionException lostTheRace) {
            throw new PaymentRefused(HttpStatus.SERVICE_UNAVAILABLE, "payment.tryAgain");
        }
        return provider.accepted();
    }

    /** The charges started for an order, oldest first. */
    public List<Charge> chargesOf(OrderNumber order) {
        return charges.ofOrder(order);
    }

    private void settle(PaymentProvider provider, ChargeId id, ProviderNotification notification) {
        var charge = charges.find(id).orElseThrow();
        if (charge.state() != ChargeState.CREATED) {
            return; // a repeated callback: this charge was settled already
        }
        if (notification.status() == ProviderNotification.Status.FAILED) {
            charge.failed(notification.at());
            charges.save(charge);
            return;
        }
        charge.paid(notification.transaction(), notification.at());
        charges.save(charge);
        ledger.post(
                Ledger.JournalKind.PAYMENT,
                charge.id(),
                null,
                notification.at(),
                List.of(
                        new Ledger.Posting(LedgerAccount.atProvider(provider.id()), charge.amount()),
                        new Ledger.Posting(LedgerAccount.ESCROW, charge.amount().times(-1))));
        var outcome = orderPayments.paid(charge.order(), charge.amount(), notification.at());
        if (outcome == PaymentOutcome.PAID) {
            charges.paysOrder(charge.id());
        } else {
            // the money came, but the order cannot take it: closed meanwhile, or paid by another charge
            refunds.request(charge, charge.amount(), refundReason(outcome));
        }
    }

    private static String refundReason(PaymentOutcome outcome) {
        return Objects.requireNonNull(
                switch (outcome) {
                    case TOO_LATE -> "订单已关闭，原路退款";
                    case ALREADY_PAID -> "订单已支付，重复付款原路退回";
                    default -> "订单无法确认，原路退款";
                });
    }
}

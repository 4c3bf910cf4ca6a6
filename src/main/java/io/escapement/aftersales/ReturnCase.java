package io.escapement.aftersales;

import io.escapement.money.Money;
import io.escapement.order.OrderId;
import io.escapement.order.OrderNumber;
import io.escapement.party.MerchantId;
import io.escapement.vault.SubjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A buyer's return of a delivered watch (七天无理由退货, ADR 48), with its dispute beside it. Each move
 * checks the state, changes it, adds a {@link ReturnStep} to the timeline and registers a {@link
 * ReturnEvents} event that the repository publishes when it saves the case; a move the state does
 * not allow throws {@link IllegalReturnTransition}. The transitions are those of {@link ReturnState}.
 * Holds no personal information: the buyer is a vault subject, the texts are the buyer's reason and
 * the merchant's and inspector's notes about the watch.
 */
public final class ReturnCase {

    /** The longest reason, refusal reason or note, in characters. */
    public static final int MAX_TEXT = 500;

    private final @Nullable ReturnCaseId id;
    private final OrderId order;
    private final OrderNumber number;
    private final SubjectId buyer;
    private final MerchantId merchant;
    private final String reason;
    private ReturnState state;
    private DisputeState dispute;
    private @Nullable String refusal;
    private @Nullable Inspection inspection;
    private Money refunded;
    private final List<ReturnStep> timeline;
    private final int version;
    private final List<java.util.function.Function<ReturnCaseId, ReturnEvents.ReturnEvent>> events = new ArrayList<>();

    ReturnCase(
            @Nullable ReturnCaseId id,
            OrderId order,
            OrderNumber number,
            SubjectId buyer,
            MerchantId merchant,
            String reason,
            ReturnState state,
            DisputeState dispute,
            @Nullable String refusal,
            @Nullable Inspection inspection,
            Money refunded,
            List<ReturnStep> timeline,
            int version) {
        this.id = id;
        this.order = Objects.requireNonNull(order);
        this.number = Objects.requireNonNull(number);
        this.buyer = Objects.requireNonNull(buyer);
        this.merchant = Objects.requireNonNull(merchant);
        this.reason = Objects.requireNonNull(reason);
        this.state = Objects.requireNonNull(state);
        this.dispute = Objects.requireNonNull(dispute);
        this.refusal = refusal;
        this.inspection = inspection;
        this.refunded = Objects.requireNonNull(refunded);
        this.timeline = new ArrayList<>(timeline);
        this.version = version;
    }

    /**
     * The buyer asks to return the watch of {@code order} for {@code reason}, declaring that it is
     * in the state it was sent, with its box and papers. Not yet saved: it has no id.
     *
     * @throws ReturnRefused 400 for a blank or over-long reason, or without the declaration
     */
    public static ReturnCase open(
            OrderId order,
            OrderNumber number,
            SubjectId buyer,
            MerchantId merchant,
            String reason,
            boolean asSentWithBoxAndPapers,
            Instant now) {
        var stated = text(reason, "aftersales.reasonRequired");
        if (!asSentWithBoxAndPapers) {
            throw ReturnRefused.invalid("aftersales.declarationRequired");
        }
        return new ReturnCase(
                null,
                order,
                number,
                buyer,
                merchant,
                stated,
                ReturnState.REQUESTED,
                DisputeState.NONE,
                null,
                null,
                Money.zero(),
                List.of(new ReturnStep(ReturnStep.Kind.REQUESTED, Party.BUYER, now, stated, null)),
                0);
    }

    /** The merchant accepts the return: the buyer may ship the watch back. */
    public void accept(Instant now) {
        move("accept", Set.of(ReturnState.REQUESTED), ReturnState.ACCEPTED);
        timeline.add(new ReturnStep(ReturnStep.Kind.ACCEPTED, Party.MERCHANT, now, null, null));
        events.add(id -> new ReturnEvents.ReturnAccepted(id, order));
    }

    /**
     * The merchant refuses the return with {@code why}, which the buyer sees.
     *
     * @throws ReturnRefused 400 for a blank or over-long reason
     */
    public void refuse(String why, Instant now) {
        var stated = text(why, "aftersales.refusalReasonRequired");
        move("refuse", Set.of(ReturnState.REQUESTED), ReturnState.REFUSED);
        refusal = stated;
        timeline.add(new ReturnStep(ReturnStep.Kind.REFUSED, Party.MERCHANT, now, stated, null));
        events.add(id -> new ReturnEvents.ReturnRefusedByMerchant(id, order));
    }

    /** The buyer takes a refusal to customer service. */
    public void escalate(Instant now) {
        move("escalate", Set.of(ReturnState.REFUSED), ReturnState.ESCALATED);
        timeline.add(new ReturnStep(ReturnStep.Kind.ESCALATED, Party.BUYER, now, null, null));
    }

    /** Customer service overrules the merchant's refusal: the return is accepted. */
    public void acceptOnEscalation(String note, Instant now) {
        var stated = text(note, "aftersales.noteRequired");
        move("decide", Set.of(ReturnState.ESCALATED), ReturnState.ACCEPTED);
        timeline.add(new ReturnStep(ReturnStep.Kind.ACCEPTED_ON_ESCALATION, Party.CUSTOMER_SERVICE, now, stated, null));
        events.add(id -> new ReturnEvents.ReturnAccepted(id, order));
    }

    /** Customer service upholds the merchant's refusal: the case is over. */
    public void upholdRefusal(String note, Instant now) {
        var stated = text(note, "aftersales.noteRequired");
        move("decide", Set.of(ReturnState.ESCALATED), ReturnState.REFUSAL_UPHELD);
        timeline.add(new ReturnStep(ReturnStep.Kind.REFUSAL_UPHELD, Party.CUSTOMER_SERVICE, now, stated, null));
    }

    /** The buyer withdraws a return that is requested or refused: the case is closed. */
    public void withdraw(Instant now) {
        move("withdraw", Set.of(ReturnState.REQUESTED, ReturnState.REFUSED), ReturnState.CLOSED);
        timeline.add(new ReturnStep(ReturnStep.Kind.WITHDRAWN, Party.BUYER, now, null, null));
    }

    /** The return waybill {@code waybill} is booked: the watch is on its way back. */
    public void shipBack(String waybill, Instant now) {
        move("shipBack", Set.of(ReturnState.ACCEPTED), ReturnState.SHIPPED_BACK);
        timeline.add(new ReturnStep(ReturnStep.Kind.SHIPPED_BACK, Party.BUYER, now, waybill, null));
    }

    /** The carrier delivered the watch back to the merchant at {@code at}. */
    public void arrive(Instant at) {
        move("arrive", Set.of(ReturnState.SHIPPED_BACK), ReturnState.ARRIVED);
        timeline.add(new ReturnStep(ReturnStep.Kind.ARRIVED, Party.CARRIER, at, null, null));
    }

    /**
     * The merchant or the platform's inspector checked the returned watch: {@code result}, with
     * {@code note} (required when it failed).
     */
    public void inspect(Inspection result, @Nullable String note, Party by, Instant now) {
        if (by != Party.MERCHANT && by != Party.INSPECTOR) {
            throw new IllegalReturnTransition("aftersales.cannot.inspect", reference());
        }
        var stated = result == Inspection.FAILED
                ? text(note == null ? "" : note, "aftersales.noteRequired")
                : optionalText(note);
        move("inspect", Set.of(ReturnState.ARRIVED), ReturnState.INSPECTED);
        inspection = result;
        timeline.add(new ReturnStep(
                result == Inspection.PASSED ? ReturnStep.Kind.INSPECTED_PASSED : ReturnStep.Kind.INSPECTED_FAILED,
                by,
                now,
                stated,
                null));
    }

    /**
     * {@code amount} goes back to the buyer: after inspection, or by customer service's decision on an
     * open dispute of a finished case (which resolves it).
     *
     * @param refundable what the buyer paid for the order and has not had back
     * @throws ReturnRefused 400 when the amount is not positive or more than {@code refundable}
     */
    public void refund(Money amount, Money refundable, Party by, Instant now) {
        var onDispute = dispute == DisputeState.OPEN
                && by == Party.CUSTOMER_SERVICE
                && (state == ReturnState.CLOSED || state == ReturnState.REFUSAL_UPHELD);
        if (state != ReturnState.INSPECTED && !onDispute) {
            throw refused("refund");
        }
        if (!amount.isPositive() || amount.compareTo(refundable) > 0) {
            throw ReturnRefused.invalid("aftersales.refundTooLarge", amount.formatted(), refundable.formatted());
        }
        state = ReturnState.REFUNDED;
        refunded = refunded.plus(amount);
        timeline.add(new ReturnStep(ReturnStep.Kind.REFUNDED, by, now, null, amount));
        events.add(id -> new ReturnEvents.ReturnRefunded(id, order));
        if (onDispute) {
            dispute = DisputeState.RESOLVED;
            timeline.add(new ReturnStep(ReturnStep.Kind.DISPUTE_RESOLVED, by, now, null, null));
        }
    }

    /** Inspected without a refund (the watch goes back to the buyer): the case is closed. */
    public void close(Instant now) {
        move("close", Set.of(ReturnState.INSPECTED), ReturnState.CLOSED);
        timeline.add(new ReturnStep(ReturnStep.Kind.CLOSED, Party.MERCHANT, now, null, null));
    }

    /**
     * The buyer or the merchant disputes the case, until the order is settled; customer service
     * resolves it. An open dispute holds the order as an open case does.
     */
    public void openDispute(Party by, String why, boolean orderSettled, Instant now) {
        if ((by != Party.BUYER && by != Party.MERCHANT) || dispute != DisputeState.NONE || orderSettled) {
            throw refused("dispute");
        }
        var stated = text(why, "aftersales.reasonRequired");
        dispute = DisputeState.OPEN;
        timeline.add(new ReturnStep(ReturnStep.Kind.DISPUTE_OPENED, by, now, stated, null));
        events.add(id -> new ReturnEvents.DisputeOpened(id, order));
    }

    /** Customer service resolves the open dispute with {@code note}, without a refund. */
    public void resolveDispute(String note, Instant now) {
        var stated = text(note, "aftersales.noteRequired");
        if (dispute != DisputeState.OPEN) {
            throw refused("resolve");
        }
        dispute = DisputeState.RESOLVED;
        timeline.add(new ReturnStep(ReturnStep.Kind.DISPUTE_RESOLVED, Party.CUSTOMER_SERVICE, now, stated, null));
    }

    /**
     * The events registered since the last save, for the repository to publish, with {@link
     * ReturnEvents.ReturnCaseFinished} when {@code heldBefore} and the case no longer holds its order.
     */
    List<ReturnEvents.ReturnEvent> takeEvents(boolean heldBefore) {
        var taken = new ArrayList<ReturnEvents.ReturnEvent>();
        events.forEach(event -> taken.add(event.apply(id())));
        events.clear();
        if (heldBefore && !holdsOrder()) {
            taken.add(new ReturnEvents.ReturnCaseFinished(id(), order));
        }
        return taken;
    }

    /** Whether the case holds its order from settlement: it is not finished, or its dispute is open. */
    public boolean holdsOrder() {
        return !state.isFinal() || dispute == DisputeState.OPEN;
    }

    private void move(String move, Set<ReturnState> from, ReturnState to) {
        if (!from.contains(state)) {
            throw refused(move);
        }
        state = to;
    }

    private IllegalReturnTransition refused(String move) {
        return new IllegalReturnTransition("aftersales.cannot." + move, reference());
    }

    private String reference() {
        return id == null ? "RC-?" : id.reference();
    }

    private static String text(String given, String blank) {
        var stated = given.strip();
        if (stated.isEmpty()) {
            throw ReturnRefused.invalid(blank);
        }
        if (stated.length() > MAX_TEXT) {
            throw ReturnRefused.invalid("aftersales.textTooLong", MAX_TEXT);
        }
        return stated;
    }

    private static @Nullable String optionalText(@Nullable String given) {
        return given == null || given.isBlank() ? null : text(given, "aftersales.noteRequired");
    }

    /** The case's id; only a saved case has one. */
    public ReturnCaseId id() {
        if (id == null) {
            throw new IllegalStateException("Save the case before reading its id");
        }
        return id;
    }

    public OrderId order() {
        return order;
    }

    public OrderNumber number() {
        return number;
    }

    public SubjectId buyer() {
        return buyer;
    }

    public MerchantId merchant() {
        return merchant;
    }

    public String reason() {
        return reason;
    }

    public ReturnState state() {
        return state;
    }

    public DisputeState dispute() {
        return dispute;
    }

    /** The merchant's reason for refusing, shown to the buyer; null unless refused. */
    public @Nullable String refusal() {
        return refusal;
    }

    public @Nullable Inspection inspection() {
        return inspection;
    }

    public Money refunded() {
        return refunded;
    }

    public List<ReturnStep> timeline() {
        return List.copyOf(timeline);
    }

    /** The version of the row it was loaded from, which a save expects to find. */
    int version() {
        return version;
    }
}

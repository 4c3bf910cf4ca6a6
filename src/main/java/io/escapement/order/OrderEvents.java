package io.escapement.order;

import io.escapement.catalog.ListingId;

/** What happens to orders, for other modules to follow. Ids only: listeners read the rest. */
public final class OrderEvents {

    private OrderEvents() {}

    /** Any of the events below. */
    public sealed interface OrderEvent {
        OrderId order();
    }

    /** A buyer placed an order and its watch is reserved for them. */
    public record OrderPlaced(OrderId order, ListingId listing) implements OrderEvent {}

    /** The order was paid in full; the money is held in escrow and the watch awaits shipment. */
    public record OrderPaid(OrderId order, ListingId listing) implements OrderEvent {}

    /** The order was closed unpaid; its watch is on sale again. */
    public record OrderClosed(OrderId order, ListingId listing, ClosedBecause because) implements OrderEvent {}

    /** Money of a paid order went back to the buyer, in part or in full. */
    public record OrderRefunded(OrderId order) implements OrderEvent {}

    /** The merchant handed the watch to the carrier. */
    public record OrderShipped(OrderId order) implements OrderEvent {}

    /** The carrier delivered the watch. */
    public record OrderDelivered(OrderId order) implements OrderEvent {}

    /** The buyer confirmed receipt, or it was confirmed automatically after delivery. */
    public record OrderReceived(OrderId order) implements OrderEvent {}

    /** Receipt is confirmed and the return window is over: the escrow may go to the merchant. */
    public record OrderSettlementDue(OrderId order) implements OrderEvent {}
}

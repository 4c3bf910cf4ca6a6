package io.escapement.order.web;

import io.escapement.language.WordedRefusal;
import io.escapement.order.BuyerOrders;
import io.escapement.order.Checkout;
import io.escapement.order.OrderFilter;
import io.escapement.order.OrderNumber;
import io.escapement.policy.AcceptanceChannel;
import io.escapement.privacy.NotPersonalData;
import io.escapement.vault.SubjectId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in buyer's orders for the apps (U-2): the list by state, and one order with its timeline. */
@RestController
@Tag(name = "Orders", description = "The signed-in buyer's orders and their timelines")
@RequestMapping(path = "/api/v1/me/orders", produces = "application/json")
class OrdersApi {

    private final BuyerOrders orders;
    private final Checkout checkout;
    private final Clock clock;

    OrdersApi(BuyerOrders orders, Checkout checkout, Clock clock) {
        this.orders = orders;
        this.checkout = checkout;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary = "The buyer's orders, newest first: all, awaiting-payment, awaiting-shipment, after-sales,"
                    + " shipped, completed or closed")
    List<OrderView> list(Authentication buyer, @RequestParam(defaultValue = "all") String state) {
        var filter = OrderFilter.ofSlug(state).orElseThrow(() -> new WordedRefusal("orders.unknownState"));
        var now = clock.instant();
        return orders.list(SubjectId.ofBuyer(buyer), filter).stream()
                .map(order -> OrderView.of(order, now))
                .toList();
    }

    /**
     * The watch and the address to check out. Both are read as text and parsed strictly, so that
     * {@code 1.5} is refused rather than read as watch 1. {@code acceptTerms} is {@code true} when
     * the buyer accepts the terms of service in effect (at {@code /terms}); it is needed only when
     * they have not accepted that version yet.
     */
    record PlaceOrder(
            @Nullable String listingId,

            @NotPersonalData("the random id of an address book entry, not the address") @Nullable
            String addressId,

            @Nullable Boolean acceptTerms) {}

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Checks out one watch to one of the buyer's addresses: reserves it and places the order;"
                    + " 400 when the buyer has not accepted the terms of service in effect and acceptTerms is not"
                    + " true; 409 when another buyer holds it")
    ResponseEntity<OrderView> place(Authentication buyer, @RequestBody PlaceOrder request) {
        var listing = CheckoutForm.listing(request.listingId());
        var address = CheckoutForm.address(request.addressId());
        var subject = SubjectId.ofBuyer(buyer);
        checkout.agreeToTerms(subject, Boolean.TRUE.equals(request.acceptTerms()), AcceptanceChannel.APP);
        var order = checkout.place(subject, listing, address);
        return ResponseEntity.status(HttpStatus.CREATED).body(OrderView.of(order, clock.instant()));
    }

    @GetMapping("/{number}")
    @Operation(summary = "One of the buyer's orders with its timeline; another buyer's answers 404")
    OrderView one(Authentication buyer, @PathVariable String number) {
        return OrderNumber.parse(number)
                .flatMap(parsed -> orders.find(SubjectId.ofBuyer(buyer), parsed))
                .map(order -> OrderView.of(order, clock.instant()))
                .orElseThrow(OrderNotFound::new);
    }

    @PostMapping("/{number}/cancel")
    @Operation(
            summary = "Cancels an order before it is paid: it closes and its watch is on sale again;"
                    + " 409 for an order that is paid or closed")
    OrderView cancel(Authentication buyer, @PathVariable String number) {
        var parsed = OrderNumber.parse(number).orElseThrow(OrderNotFound::new);
        return OrderView.of(orders.cancel(SubjectId.ofBuyer(buyer), parsed), clock.instant());
    }

    @PostMapping("/{number}/receipt")
    @Operation(
            summary = "Confirms that the buyer received the watch of a shipped or delivered order: it is completed;"
                    + " 404 for another buyer's order, 409 for one not shipped yet or received already")
    OrderView confirmReceipt(Authentication buyer, @PathVariable String number) {
        var parsed = OrderNumber.parse(number).orElseThrow(OrderNotFound::new);
        return OrderView.of(orders.confirmReceipt(SubjectId.ofBuyer(buyer), parsed), clock.instant());
    }

    @DeleteMapping("/{number}")
    @Operation(
            summary = "Deletes a closed order from the buyer's list and shreds its copy of the address;"
                    + " 409 for an order that is not closed")
    ResponseEntity<Void> delete(Authentication buyer, @PathVariable String number) {
        var parsed = OrderNumber.parse(number).orElseThrow(OrderNotFound::new);
        orders.delete(SubjectId.ofBuyer(buyer), parsed);
        return ResponseEntity.noContent().build();
    }
}

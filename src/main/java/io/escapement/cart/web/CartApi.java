package io.escapement.cart.web;

import io.escapement.cart.CartLine;
import io.escapement.cart.CartView;
import io.escapement.cart.Carts;
import io.escapement.catalog.Availability;
import io.escapement.catalog.ListingId;
import io.escapement.language.WordedRefusal;
import io.escapement.privacy.NotPersonalData;
import io.escapement.vault.SubjectId;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The signed-in buyer's cart for the apps (K-1): each watch at its current price, with its price
 * when added, whether that changed, and its availability; adding is idempotent. Refusals are
 * problem+json worded in the client's language: 400 for an id that is not a positive whole number,
 * 404 for a watch that is not offered or not in the cart, 409 for one held by another buyer or sold
 * and for a full cart (each {@code CartRefusal}'s status).
 */
@RestController
@Tag(name = "Cart", description = "The signed-in buyer's cart: current prices, price changes and availability")
@RequestMapping(path = "/api/v1/me/cart", produces = "application/json")
class CartApi {

    private final Carts carts;
    private final MessageSource messages;

    CartApi(Carts carts, MessageSource messages) {
        this.carts = carts;
        this.messages = messages;
    }

    /**
     * The watch to add. Read as a JSON node so that only a whole number is taken: Jackson would
     * otherwise truncate {@code 1.5} to 1 and read {@code "12"} as 12.
     */
    record AddItem(
            @Schema(type = "integer", format = "int64", minimum = "1") @Nullable
            JsonNode listingId) {

        @Nullable
        Long value() {
            if (listingId == null || listingId.isNull() || listingId.isMissingNode()) {
                return null;
            }
            if (!listingId.isIntegralNumber() || !listingId.canConvertToLong()) {
                throw new WordedRefusal("cart.listingIdInvalid", abbreviated(listingId.toString()));
            }
            return listingId.longValue();
        }

        private static String abbreviated(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
    }

    record Line(
            long listingId,

            @NotPersonalData("a watch's brand, model and reference") @Nullable
            String titleZh,

            @NotPersonalData("a watch's brand, model and reference") @Nullable
            String titleEn,

            long priceFen,
            long priceWhenAddedFen,
            String currency,
            boolean priceChanged,
            Availability availability,
            boolean checkoutable,
            @Nullable String reservedBy) {

        static Line of(CartLine line) {
            var listing = line.listing();
            return new Line(
                    line.listingId().value(),
                    listing == null ? null : listing.title().zh(),
                    listing == null ? null : listing.title().en(),
                    line.price().minor(),
                    line.priceWhenAdded().minor(),
                    line.price().currency().getCurrencyCode(),
                    line.priceChanged(),
                    line.availability(),
                    line.checkoutable(),
                    line.reservedBy());
        }
    }

    /** The cart: its watches oldest first, their number, and the total in fen of those that can be bought. */
    record Cart(List<Line> items, int count, long totalFen, String currency) {
        static Cart of(CartView view) {
            return new Cart(
                    view.lines().stream().map(Line::of).toList(),
                    view.count(),
                    view.total().minor(),
                    view.total().currency().getCurrencyCode());
        }
    }

    /** What an addition did, worded, with the cart after it. */
    record Added(Carts.Addition outcome, String message, Cart cart) {}

    @GetMapping
    Cart cart(Authentication buyer) {
        return Cart.of(carts.of(SubjectId.ofBuyer(buyer)));
    }

    /** 201 when the watch went in, 200 when it was in already (nothing changed). */
    @PostMapping(path = "/items", consumes = "application/json")
    ResponseEntity<Added> add(Authentication buyer, @RequestBody AddItem request, Locale locale) {
        var subject = SubjectId.ofBuyer(buyer);
        var outcome = carts.add(subject, listingId(request.value()));
        var message = messages.getMessage(
                outcome == Carts.Addition.ADDED ? "cart.added" : "cart.alreadyInCart", null, locale);
        return ResponseEntity.status(outcome == Carts.Addition.ADDED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Added(outcome, message, Cart.of(carts.of(subject))));
    }

    /** The cart after the watch left it. */
    @DeleteMapping("/items/{listingId}")
    Cart remove(Authentication buyer, @PathVariable long listingId) {
        var subject = SubjectId.ofBuyer(buyer);
        carts.remove(subject, listingId(listingId));
        return Cart.of(carts.of(subject));
    }

    private static ListingId listingId(@Nullable Long value) {
        if (value == null) {
            throw new WordedRefusal("cart.listingIdMissing");
        }
        if (value < 1) {
            throw new WordedRefusal("cart.listingIdInvalid", String.valueOf(value));
        }
        return new ListingId(value);
    }
}

package io.escapement.order.web;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import io.escapement.language.WordedRefusal;
import io.escapement.money.Money;
import io.escapement.order.BuyerOrders;
import io.escapement.order.Checkout;
import io.escapement.order.CheckoutRefused;
import io.escapement.order.Order;
import io.escapement.order.OrderFilter;
import io.escapement.order.OrderNumber;
import io.escapement.order.spi.AfterSalesCases;
import io.escapement.order.spi.ParcelTracking;
import io.escapement.policy.AcceptanceChannel;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buyer's checkout and orders pages: choose an address (and, when the buyer has not accepted the
 * terms of service in effect, tick them) and confirm, which reserves the watch;
 * the orders by state; one order with its timeline. Refusals re-render the page with the reason in
 * the buyer's language and a 4xx status.
 */
@Controller
class OrderPages {

    private final Checkout checkout;
    private final BuyerOrders orders;
    private final Catalog catalog;
    private final AddressBook addresses;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration returnWindow;

    private final List<ParcelTracking> tracking;
    private final List<AfterSalesCases> afterSales;

    OrderPages(
            Checkout checkout,
            BuyerOrders orders,
            Catalog catalog,
            AddressBook addresses,
            MessageSource messages,
            List<ParcelTracking> tracking,
            List<AfterSalesCases> afterSales,
            Clock clock,
            @Value("${escapement.order.return-window:P7D}") Duration returnWindow) {
        this.returnWindow = returnWindow;
        this.tracking = tracking;
        this.afterSales = afterSales;
        this.checkout = checkout;
        this.orders = orders;
        this.catalog = catalog;
        this.addresses = addresses;
        this.messages = messages;
        this.clock = clock;
    }

    /** The most watches one checkout takes, as from a full cart. */
    static final int MOST_WATCHES = 10;

    /**
     * Checkout of one watch (立即购买) or of several from the cart: each watch becomes an order of its
     * own, reserved on its own and shipped by its merchant, to the one address chosen.
     */
    @GetMapping("/account/checkout")
    String checkoutPage(
            Authentication buyer,
            @RequestParam(name = "listing", required = false) @Nullable List<String> listing,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            var ids = CheckoutForm.listings(listing, MOST_WATCHES);
            var watches =
                    catalog.listings(ids).stream().filter(Listing::buyable).toList();
            if (watches.isEmpty()) {
                throw CheckoutRefused.notOnSale(ids.get(0).toString());
            }
            model.addAttribute("unavailable", ids.size() - watches.size());
            return checkoutForm(SubjectId.ofBuyer(buyer), watches, model);
        } catch (WordedRefusal refused) {
            return refuse(refused, model, locale, response);
        }
    }

    @PostMapping("/account/checkout")
    String place(
            Authentication buyer,
            @RequestParam(name = "listing", required = false) @Nullable List<String> listing,
            @RequestParam(defaultValue = "") String address,
            @RequestParam(defaultValue = "false") boolean acceptsTerms,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var subject = SubjectId.ofBuyer(buyer);
        List<ListingId> ids;
        try {
            ids = CheckoutForm.listings(listing, MOST_WATCHES);
        } catch (WordedRefusal refused) {
            return refuse(refused, model, locale, response);
        }
        try {
            checkout.agreeToTerms(subject, acceptsTerms, AcceptanceChannel.WEB);
        } catch (CheckoutRefused refused) {
            return refuseWithForm(subject, ids, refused, model, locale, response);
        }
        var placed = new ArrayList<Order>();
        CheckoutRefused firstRefusal = null;
        for (var id : ids) {
            try {
                placed.add(checkout.place(subject, id, CheckoutForm.address(address)));
            } catch (CheckoutRefused refused) {
                if (refused.aboutTheAddress()) {
                    return refuseWithForm(subject, ids, refused, model, locale, response);
                }
                firstRefusal = firstRefusal == null ? refused : firstRefusal;
            }
        }
        if (placed.isEmpty()) {
            return refuseWithForm(subject, ids, firstRefusal, model, locale, response);
        }
        if (ids.size() == 1) {
            return "redirect:/account/orders/" + placed.get(0).number();
        }
        redirect.addFlashAttribute("done", firstRefusal == null ? "checkout.placedAll" : "checkout.placedSome");
        return "redirect:/account/orders?state=awaiting-payment";
    }

    /** A refusal shown with the form again when some of the watches can still be bought, else on its own. */
    private String refuseWithForm(
            SubjectId buyer,
            List<ListingId> ids,
            CheckoutRefused refused,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        var watches = catalog.listings(ids).stream().filter(Listing::buyable).toList();
        if (watches.isEmpty() || (refused.conflict() && ids.size() == 1)) {
            return refuse(refused, model, locale, response);
        }
        response.setStatus(refused.status().value());
        model.addAttribute("problemText", refused.wordedIn(messages, locale));
        model.addAttribute("unavailable", ids.size() - watches.size());
        return checkoutForm(buyer, watches, model);
    }

    @GetMapping("/account/orders")
    String list(Authentication buyer, @RequestParam(defaultValue = "all") String state, Model model) {
        var filter = OrderFilter.ofSlug(state).orElse(OrderFilter.ALL);
        var list = orders.list(SubjectId.ofBuyer(buyer), filter);
        model.addAttribute("filters", OrderFilter.values());
        model.addAttribute("filter", filter);
        model.addAttribute("orders", list);
        model.addAttribute("watches", watches(list.stream().map(Order::listing).toList()));
        model.addAttribute("now", clock.instant());
        return "order/orders";
    }

    @GetMapping("/account/orders/{number}")
    String one(Authentication buyer, @PathVariable String number, Model model, HttpServletResponse response) {
        Optional<Order> found =
                OrderNumber.parse(number).flatMap(parsed -> orders.find(SubjectId.ofBuyer(buyer), parsed));
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "orders.notFound");
            return "order/order";
        }
        var order = found.get();
        model.addAttribute("order", order);
        model.addAttribute(
                "watch",
                catalog.listings(List.of(order.listing())).stream().findFirst().orElse(null));
        model.addAttribute("payable", order.payableAt(clock.instant()));
        tracking.stream().findFirst().ifPresent(parcels -> {
            model.addAttribute("waybill", parcels.waybill(order.id()).orElse(null));
            model.addAttribute("tracking", parcels.events(order.id()));
        });
        var returnCase = afterSales.stream().findFirst().flatMap(cases -> cases.of(order.id()));
        returnCase.ifPresent(shown -> model.addAttribute("returnCase", shown));
        model.addAttribute(
                "returnable",
                !afterSales.isEmpty() && returnCase.isEmpty() && order.returnableAt(clock.instant(), returnWindow));
        model.addAttribute("receivable", order.receivable());
        return "order/order";
    }

    @PostMapping("/account/orders/{number}/delete")
    String delete(
            Authentication buyer,
            @PathVariable String number,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(buyer, number, model, locale, response, () -> {
            orders.delete(SubjectId.ofBuyer(buyer), OrderNumber.parse(number).orElseThrow(OrderNotFound::new));
            redirect.addFlashAttribute("done", "orders.deleted");
            return "redirect:/account/orders";
        });
    }

    /** The buyer cancels an order before paying it; the watch is on sale again at once. */
    @PostMapping("/account/orders/{number}/cancel")
    String cancel(
            Authentication buyer,
            @PathVariable String number,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return move(buyer, number, model, locale, response, redirect, orders::cancel, "orders.cancelled");
    }

    /** The buyer confirms they received the watch of a shipped or delivered order. */
    @PostMapping("/account/orders/{number}/receipt")
    String confirmReceipt(
            Authentication buyer,
            @PathVariable String number,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return move(buyer, number, model, locale, response, redirect, orders::confirmReceipt, "orders.received");
    }

    /** Moves one of the buyer's orders and shows it again with {@code done}, or the refusal. */
    private String move(
            Authentication buyer,
            String number,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            BiFunction<SubjectId, OrderNumber, Order> move,
            String done) {
        return act(buyer, number, model, locale, response, () -> {
            var moved = move.apply(
                    SubjectId.ofBuyer(buyer), OrderNumber.parse(number).orElseThrow(OrderNotFound::new));
            redirect.addFlashAttribute("done", done);
            return "redirect:/account/orders/" + moved.number().value();
        });
    }

    /** Runs a buyer's action on an order; a refusal shows on the order's page with its status. */
    private String act(
            Authentication buyer,
            String number,
            Model model,
            Locale locale,
            HttpServletResponse response,
            Supplier<String> action) {
        try {
            return action.get();
        } catch (OrderNotFound unknown) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "orders.notFound");
            return "order/order";
        } catch (WordedRefusal refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("problemText", refused.wordedIn(messages, locale));
            return one(buyer, number, model, response);
        }
    }

    private String checkoutForm(SubjectId buyer, List<Listing> watches, Model model) {
        var fee = checkout.shippingFee();
        model.addAttribute("watches", watches);
        model.addAttribute("addresses", addresses.list(buyer));
        model.addAttribute("fee", fee);
        model.addAttribute("fees", fee.times(watches.size()));
        model.addAttribute(
                "total", watches.stream().map(Listing::price).reduce(fee.times(watches.size()), Money::plus));
        model.addAttribute("minutes", checkout.reservation().toMinutes());
        var terms = checkout.termsToAccept(buyer);
        model.addAttribute("termsVersion", terms.isPresent() ? terms.getAsInt() : null);
        return "order/checkout";
    }

    private String refuse(WordedRefusal refused, Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(refused.status().value());
        model.addAttribute("refusedText", refused.wordedIn(messages, locale));
        return "order/checkout";
    }

    private Map<ListingId, Listing> watches(List<ListingId> ids) {
        return catalog.listings(ids).stream().collect(Collectors.toMap(Listing::id, Function.identity(), (a, b) -> a));
    }
}

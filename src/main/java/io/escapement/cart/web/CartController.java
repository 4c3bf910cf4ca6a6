package io.escapement.cart.web;

import io.escapement.cart.CartRefusal;
import io.escapement.cart.CartView;
import io.escapement.cart.Carts;
import io.escapement.cart.GuestCart;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cart page: a signed-in buyer's cart from the database, a guest's from its cookie, read and
 * written on every request. A guest cookie still there for a signed-in buyer is merged first.
 */
@Controller
class CartController {

    private final Catalog catalog;
    private final Carts carts;
    private final MergeAtSignIn merge;

    CartController(Catalog catalog, Carts carts, MergeAtSignIn merge) {
        this.catalog = catalog;
        this.carts = carts;
        this.merge = merge;
    }

    @GetMapping("/cart")
    String cart(
            @Nullable Authentication visitor, HttpServletRequest request, HttpServletResponse response, Model model) {
        var buyer = SubjectId.buyer(visitor);
        CartView cart;
        if (buyer.isPresent()) {
            merge.mergeGuestCart(buyer.get(), request, response);
            cart = carts.of(buyer.get());
        } else {
            cart = carts.of(GuestCartCookie.read(request));
        }
        model.addAttribute("cart", cart);
        model.addAttribute("guest", buyer.isEmpty());
        return "cart";
    }

    @PostMapping("/cart/items")
    String add(
            @Nullable Authentication visitor,
            @RequestParam(required = false) @Nullable Long listing,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var buyer = SubjectId.buyer(visitor);
        if (listing == null || listing < 1) {
            redirect.addFlashAttribute("problem", "cart.unavailable");
            return "redirect:/cart";
        }
        var id = new ListingId(listing);
        try {
            if (buyer.isPresent()) {
                if (carts.add(buyer.get(), id) == Carts.Addition.ALREADY_IN_CART) {
                    redirect.addFlashAttribute("notice", "cart.alreadyInCart");
                }
            } else {
                addForGuest(id, request, response, redirect);
            }
        } catch (GuestCart.CartFull full) {
            redirect.addFlashAttribute("problem", "cart.full");
        } catch (CartRefusal refused) {
            redirect.addFlashAttribute("problem", "cart.unavailable");
        }
        return "redirect:/cart";
    }

    private void addForGuest(
            ListingId id, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        var found = catalog.listing(id);
        if (found.isEmpty() || !found.get().buyable()) {
            redirect.addFlashAttribute("problem", "cart.unavailable");
            return;
        }
        var cart = GuestCartCookie.read(request);
        if (cart.listingIds().contains(id)) {
            redirect.addFlashAttribute("notice", "cart.alreadyInCart");
            return;
        }
        GuestCartCookie.write(response, cart.with(id));
    }

    @PostMapping("/cart/items/{listing:\\d{1,18}}/remove")
    String remove(
            @Nullable Authentication visitor,
            @PathVariable long listing,
            HttpServletRequest request,
            HttpServletResponse response) {
        var id = new ListingId(listing);
        var buyer = SubjectId.buyer(visitor);
        if (buyer.isPresent()) {
            try {
                carts.remove(buyer.get(), id);
            } catch (CartRefusal.NotInCart gone) {
                // removed already, in another tab: the page shows the cart as it is
            }
        } else {
            GuestCartCookie.write(response, GuestCartCookie.read(request).without(id));
        }
        return "redirect:/cart";
    }
}

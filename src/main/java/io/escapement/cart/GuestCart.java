package io.escapement.cart;

import io.escapement.catalog.ListingId;
import io.escapement.privacy.CookieCategory;
import io.escapement.privacy.DeclaredCookie;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A guest's cart: the ids of the listings in it, oldest first. Each listing is one physical watch,
 * so it appears at most once. At sign-in it is merged into the buyer's cart ({@link Carts#merge}).
 */
public record GuestCart(List<ListingId> listingIds) {

    @DeclaredCookie(
            category = CookieCategory.STRICTLY_NECESSARY,
            lifetime = "P30D",
            purposeZh = "在您登录前保存购物车中的腕表编号。",
            purposeEn = "Keeps the ids of the watches in your cart until you sign in.")
    public static final String COOKIE = "escapement_cart";

    public static final int MAX_ITEMS = 20;
    public static final GuestCart EMPTY = new GuestCart(List.of());

    public GuestCart {
        listingIds = List.copyOf(new LinkedHashSet<>(listingIds));
    }

    /**
     * The cart written in a cookie value such as {@code 12.905.77}. Anything unreadable — a value
     * from an older version, or tampered with — gives an empty cart rather than an error.
     */
    public static GuestCart fromCookie(@Nullable String value) {
        if (value == null || !value.matches("\\d{1,18}(\\.\\d{1,18}){0," + (MAX_ITEMS - 1) + "}")) {
            return EMPTY;
        }
        var ids = new ArrayList<ListingId>();
        for (var part : value.split("\\.")) {
            ids.add(new ListingId(Long.parseLong(part)));
        }
        return new GuestCart(ids);
    }

    public String toCookie() {
        return listingIds.stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    /** @throws CartFull when the cart already holds {@value #MAX_ITEMS} watches */
    public GuestCart with(ListingId listingId) {
        if (listingIds.contains(listingId)) {
            return this;
        }
        if (listingIds.size() >= MAX_ITEMS) {
            throw new CartFull();
        }
        var ids = new ArrayList<>(listingIds);
        ids.add(listingId);
        return new GuestCart(ids);
    }

    public GuestCart without(ListingId listingId) {
        return new GuestCart(
                listingIds.stream().filter(id -> !id.equals(listingId)).toList());
    }

    /** The cart, a guest's or a buyer's, cannot take another watch. */
    public static final class CartFull extends CartRefusal {
        CartFull() {
            super(HttpStatus.CONFLICT, "cart.full", MAX_ITEMS);
        }
    }
}

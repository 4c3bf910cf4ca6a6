package io.escapement.cart;

import io.escapement.money.Money;
import java.util.List;

/** A cart as its owner sees it now: each watch, oldest first, and the total of those that can be bought. */
public record CartView(List<CartLine> lines) {

    public CartView {
        lines = List.copyOf(lines);
    }

    /** The number of watches in the cart, whatever their availability: the header badge shows it. */
    public int count() {
        return lines.size();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The sum of the current prices of the watches that can go on to checkout. */
    public Money total() {
        return lines.stream()
                .filter(CartLine::checkoutable)
                .map(CartLine::price)
                .reduce(Money.zero(), Money::plus);
    }
}

package io.escapement.cart;

import io.escapement.catalog.ListingId;
import io.escapement.money.Money;
import io.escapement.vault.SubjectId;
import java.sql.Timestamp;
import java.util.Currency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signed-in buyers' carts in the {@code cart} schema, keyed by the buyer's subject id. */
@Repository
class AccountCarts {

    private final JdbcClient jdbc;

    AccountCarts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AccountCart of(SubjectId buyer) {
        return new AccountCart(jdbc.sql("""
                        select listing_id, price_fen, currency, added_at from cart.item
                        where buyer = :buyer order by added_at, listing_id""")
                .param("buyer", buyer.value())
                .query((row, n) -> new CartItem(
                        new ListingId(row.getLong("listing_id")),
                        new Money(row.getLong("price_fen"), Currency.getInstance(row.getString("currency"))),
                        row.getTimestamp("added_at").toInstant()))
                .list());
    }

    /** @return false when the watch was in the cart already, as after a double submission */
    boolean insert(SubjectId buyer, CartItem item) {
        return jdbc.sql("""
                        insert into cart.item (buyer, listing_id, price_fen, currency, added_at)
                        values (:buyer, :listing, :fen, :currency, :at) on conflict do nothing""")
                        .param("buyer", buyer.value())
                        .param("listing", item.listingId().value())
                        .param("fen", item.priceWhenAdded().minor())
                        .param("currency", item.priceWhenAdded().currency().getCurrencyCode())
                        .param("at", Timestamp.from(item.addedAt()))
                        .update()
                > 0;
    }

    boolean delete(SubjectId buyer, ListingId id) {
        return jdbc.sql("delete from cart.item where buyer = :buyer and listing_id = :listing")
                        .param("buyer", buyer.value())
                        .param("listing", id.value())
                        .update()
                > 0;
    }

    int count(SubjectId buyer) {
        return jdbc.sql("select count(*) from cart.item where buyer = :buyer")
                .param("buyer", buyer.value())
                .query(Integer.class)
                .single();
    }

    void erase(SubjectId buyer) {
        jdbc.sql("delete from cart.item where buyer = :buyer")
                .param("buyer", buyer.value())
                .update();
    }
}

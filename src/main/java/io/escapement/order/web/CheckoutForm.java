package io.escapement.order.web;

import io.escapement.address.AddressId;
import io.escapement.catalog.ListingId;
import io.escapement.language.WordedRefusal;
import io.escapement.order.CheckoutRefused;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a checkout form or request names, read strictly: a watch's number and an address's id. */
final class CheckoutForm {

    private CheckoutForm() {}

    /** The watch, from a positive whole number of at most 18 digits. */
    static ListingId listing(@Nullable String text) {
        if (text == null || !text.strip().matches("[1-9][0-9]{0,17}")) {
            throw new WordedRefusal("checkout.chooseWatch");
        }
        return new ListingId(Long.parseLong(text.strip()));
    }

    /**
     * The watches of one checkout, each read as {@link #listing}, repeats removed, at most {@code most}.
     *
     * @throws WordedRefusal when none is named, one is not a watch's number, or there are too many
     */
    static List<ListingId> listings(@Nullable List<String> texts, int most) {
        if (texts == null || texts.isEmpty()) {
            throw new WordedRefusal("checkout.chooseWatch");
        }
        var ids = new LinkedHashSet<ListingId>();
        for (var text : texts) {
            ids.add(listing(text));
        }
        if (ids.size() > most) {
            throw new WordedRefusal("checkout.tooManyWatches", most);
        }
        return List.copyOf(ids);
    }

    /** The address, from its id; anything else is an address the buyer does not have. */
    static AddressId address(@Nullable String text) {
        return AddressId.parse(text == null ? "" : text.strip()).orElseThrow(CheckoutRefused::unknownAddress);
    }
}

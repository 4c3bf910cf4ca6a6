package io.escapement.storefront.web;

import io.escapement.catalog.Cities;
import io.escapement.search.UnderstoodFilter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Formatting used by the templates, as {@code @labels}. */
@Component("labels")
class Labels {

    public String city(String city, boolean zh) {
        return Cities.name(city, zh);
    }

    public String price(long yuan) {
        return String.format(Locale.ROOT, "¥%,d", yuan);
    }

    /** The value of a filter understood in the search text: a price in yuan, or millimetres. */
    public String understoodValue(UnderstoodFilter understood) {
        return understood.parameter().endsWith("Price")
                ? price(Long.parseLong(understood.value()))
                : understood.value();
    }
}

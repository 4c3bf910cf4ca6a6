package io.escapement.storefront.web;

import io.escapement.catalog.Cities;
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
}

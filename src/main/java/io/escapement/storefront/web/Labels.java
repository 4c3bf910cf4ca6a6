package io.escapement.storefront.web;

import io.escapement.catalog.Cities;
import org.springframework.stereotype.Component;

/** Formatting used by the templates, as {@code @labels}. */
@Component("labels")
class Labels {

    public String city(String city, boolean zh) {
        return Cities.name(city, zh);
    }
}

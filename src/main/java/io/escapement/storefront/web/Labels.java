package io.escapement.storefront.web;

import io.escapement.catalog.Cities;
import io.escapement.language.Localized;
import io.escapement.money.Money;
import io.escapement.search.UnderstoodFilter;
import org.springframework.stereotype.Component;

/** Formatting used by the templates, as {@code @labels}. */
@Component("labels")
class Labels {

    /** A city's name as {@link Cities} has it. */
    public Localized city(String city) {
        return Cities.name(city);
    }

    /** The value of a filter understood in the search text: a price in yuan, or millimetres. */
    public String understoodValue(UnderstoodFilter understood) {
        return understood.parameter().endsWith("Price")
                ? Money.yuan(Long.parseLong(understood.value())).formatted()
                : understood.value();
    }
}

package io.escapement.shipping;

import io.escapement.shipping.spi.Carrier;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The carriers that are enabled, by id. */
@Component
class Carriers {

    private final List<Carrier> carriers;

    Carriers(List<Carrier> carriers) {
        this.carriers = List.copyOf(carriers);
    }

    Optional<Carrier> find(String id) {
        return carriers.stream().filter(carrier -> carrier.id().equals(id)).findFirst();
    }

    /** The carrier merchants book with: the first enabled one. */
    Optional<Carrier> preferred() {
        return carriers.stream().findFirst();
    }
}

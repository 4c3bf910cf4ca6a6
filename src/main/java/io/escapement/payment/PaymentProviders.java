package io.escapement.payment;

import io.escapement.payment.spi.PaymentProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The providers enabled by configuration, by id. */
@Component
public class PaymentProviders {

    private final Map<String, PaymentProvider> byId = new LinkedHashMap<>();

    PaymentProviders(List<PaymentProvider> providers) {
        for (var provider : providers) {
            if (byId.putIfAbsent(provider.id(), provider) != null) {
                throw new IllegalStateException("Two payment providers have the id " + provider.id());
            }
        }
    }

    /** The ids of the enabled providers, for a buyer to choose from. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    Optional<PaymentProvider> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}

package io.escapement.account.web;

import io.escapement.privacy.NotPersonalData;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The third-party sign-in providers configured with {@code spring.security.oauth2.client.registration.*};
 * none by default. Pages list them as {@code ${@externalProviders.all()}}.
 */
@Component("externalProviders")
public class ExternalProviders {

    /** A provider as the pages show it: its registration id and its name. */
    public record Provider(
            String id,

            @NotPersonalData("a sign-in provider's display name")
            String name) {}

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    ExternalProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    public List<Provider> all() {
        var providers = new ArrayList<Provider>();
        if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
            for (var registration : configured) {
                if (registration instanceof ClientRegistration client) {
                    providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
                }
            }
        }
        return List.copyOf(providers);
    }

    boolean isConfigured(String id) {
        return all().stream().anyMatch(provider -> provider.id().equals(id));
    }
}

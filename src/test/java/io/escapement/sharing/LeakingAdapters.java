package io.escapement.sharing;

import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Deliberately bad classes for {@code SharingArchitectureTests}, which shows that each of its rules
 * reports them. Test sources only: the rules proper check the application's classes.
 */
public final class LeakingAdapters {

    private LeakingAdapters() {}

    /** Posts a value read from the vault, without being an adapter. */
    public static final class MailsAVaultValue {
        public void send(PersonalDataVault vault, SubjectId buyer) throws IOException, InterruptedException {
            var phone = vault.show(
                            buyer, Object.class, "phone", io.escapement.privacy.Purpose.PAYMENT, Accessor.system("x"))
                    .orElse("");
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("https://broker.example/"))
                                    .POST(HttpRequest.BodyPublishers.ofString(phone))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
        }
    }

    /** An adapter that reads the vault instead of taking a Shared. */
    @OutboundAdapter("alipay")
    public static final class ReadsTheVault {
        public String reference(PersonalDataVault vault, SubjectId buyer) {
            return vault.isErased(buyer) ? "" : buyer.toString();
        }
    }

    /** An adapter of a company the policy does not register. */
    @OutboundAdapter("data-broker")
    public static final class ToAnUnregisteredRecipient {
        public String send(Shared shared) {
            return shared.get("phone");
        }
    }

    /** A good adapter: it sends only what the gateway let through, and a class nested in it may do the same. */
    @OutboundAdapter("sandbox")
    public static final class SendsOnlyWhatWasShared {
        public HttpRequest request(Shared shared) {
            return new Body(shared.get("amount")).request();
        }

        record Body(String amount) {
            HttpRequest request() {
                return HttpRequest.newBuilder(URI.create("https://sandbox.example/pay"))
                        .POST(HttpRequest.BodyPublishers.ofString(amount))
                        .build();
            }
        }
    }
}

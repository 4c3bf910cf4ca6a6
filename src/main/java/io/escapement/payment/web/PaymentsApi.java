package io.escapement.payment.web;

import io.escapement.order.OrderNumber;
import io.escapement.payment.PaymentProviders;
import io.escapement.payment.Payments;
import io.escapement.vault.SubjectId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Paying one of the signed-in buyer's orders, for the apps. */
@RestController
@Tag(name = "Payments", description = "Paying the signed-in buyer's orders through a provider")
class PaymentsApi {

    private final Payments payments;
    private final PaymentProviders providers;

    PaymentsApi(Payments payments, PaymentProviders providers) {
        this.payments = payments;
        this.providers = providers;
    }

    /** @param provider one of {@code GET /api/v1/payment-providers} */
    record StartPayment(@Nullable String provider) {}

    /**
     * Where to send the buyer: open {@code target} with a GET when {@code form} is empty, otherwise
     * post {@code form} to it.
     */
    record PaymentRedirect(URI target, String method, Map<String, String> form) {}

    @GetMapping(path = "/api/v1/payment-providers", produces = "application/json")
    @Operation(summary = "The payment providers a buyer may choose")
    List<String> providers() {
        return providers.ids();
    }

    @PostMapping(
            path = "/api/v1/me/orders/{number}/payments",
            consumes = "application/json",
            produces = "application/json")
    @Operation(
            summary = "Starts paying the order at a provider; a second start at the same provider pays the same"
                    + " charge. 404 for another buyer's order, 409 for one paid or past its reservation")
    ResponseEntity<PaymentRedirect> start(
            Authentication buyer, @PathVariable String number, @RequestBody StartPayment request) {
        var order = OrderNumber.parse(number).orElseThrow(PaymentPages::noSuchOrder);
        var start = payments.start(SubjectId.ofBuyer(buyer), order, PaymentPages.provider(request.provider()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new PaymentRedirect(start.target(), start.isForm() ? "POST" : "GET", start.formFields()));
    }
}

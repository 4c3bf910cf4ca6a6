package io.escapement.shipping.web;

import io.escapement.shipping.Tracking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where carriers push tracking events. Nothing in a push is trusted before the carrier's adapter
 * verified its signature; the answer acknowledges it (also a repeat), or is a problem for a refused
 * one (the carrier tries again on 503).
 */
@RestController
@Tag(name = "Shipping webhooks", description = "Signed tracking events from carriers")
class ShippingWebhooks {

    private final Tracking tracking;

    ShippingWebhooks(Tracking tracking) {
        this.tracking = tracking;
    }

    /** What the carrier is answered: how many events were new, repeated, or of waybills not booked here. */
    record Acknowledged(boolean success, int stored, int repeated, int unknownWaybill) {}

    @PostMapping(path = "/api/v1/shipping/{carrier}/events", produces = "application/json")
    @Operation(
            summary = "A carrier's signed tracking push: 200 when taken (also a repeated event in a newly signed"
                    + " call, or a waybill not booked here), 400 when forged, signed too long ago or unreadable,"
                    + " 409 when the same signed call comes again (a replay), 404 for a carrier that is not enabled")
    Acknowledged events(@PathVariable String carrier, HttpServletRequest request) throws IOException {
        var body = request.getInputStream().readAllBytes();
        Map<String, String> headers = new HashMap<>();
        for (var name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        var taken = tracking.receive(carrier, headers, body);
        return new Acknowledged(true, taken.stored(), taken.repeated(), taken.unknownWaybill());
    }
}

package io.escapement.payment.web;

import io.escapement.payment.Payments;
import io.escapement.payment.spi.ProviderCallback;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where providers send their asynchronous callbacks. Nothing in a callback is trusted before the
 * provider's adapter verified its signature; the answer is the one the provider expects, or a
 * problem for a refused callback (the provider tries again on 503).
 */
@RestController
@Tag(name = "Payment callbacks", description = "Signed asynchronous callbacks from payment providers")
class PaymentCallbacks {

    private final Payments payments;

    PaymentCallbacks(Payments payments) {
        this.payments = payments;
    }

    @PostMapping("/api/v1/payments/{provider}/notify")
    @Operation(
            summary = "A provider's signed callback: 200 with the provider's answer when taken (also for a"
                    + " repeat), 400 when forged or suspect, 404 for a provider that is not enabled")
    ResponseEntity<String> notify(@PathVariable String provider, HttpServletRequest request) throws IOException {
        var body = request.getInputStream().readAllBytes();
        var headers = new HashMap<String, String>();
        for (var name : Collections.list(request.getHeaderNames())) {
            headers.put(name, request.getHeader(name));
        }
        var answer = payments.receive(provider, new ProviderCallback(headers, body, form(request, body)));
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.parseMediaType(answer.contentType()))
                .body(answer.body());
    }

    /** The form fields of a form post: from the body as it came, or as the container parsed it. */
    private static Map<String, String> form(HttpServletRequest request, byte[] body) {
        var type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            return Map.of();
        }
        var fields = new HashMap<String, String>();
        if (body.length == 0) {
            request.getParameterMap().forEach((name, values) -> fields.put(name, values[0]));
            return fields;
        }
        for (var pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            var equals = pair.indexOf('=');
            var name = equals < 0 ? pair : pair.substring(0, equals);
            var value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                fields.putIfAbsent(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                return Map.of(); // nothing of it verifies, so the adapter refuses it as forged
            }
        }
        return fields;
    }
}

package io.escapement.payment.spi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A provider's asynchronous callback as it arrived, before anything is trusted: its headers (names
 * in lower case), its raw body and, for form posts, the decoded form fields.
 */
public record ProviderCallback(Map<String, String> headers, byte[] body, Map<String, String> formFields) {

    public ProviderCallback {
        var lower = new TreeMap<String, String>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        headers = Map.copyOf(lower);
        body = body.clone();
        formFields = Map.copyOf(formFields);
    }

    public String header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}

package io.escapement.sharing;

import io.escapement.privacy.Category;
import io.escapement.privacy.Purpose;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the gateway let through to a recipient: only the allowed fields, their categories, and the id
 * of the sharing ledger's entry that records the disclosure. An {@link OutboundAdapter} takes the
 * values it sends from here and from nowhere else. Its {@link #toString} names the fields, never
 * their values.
 *
 * @param fields the fields let through, by name, in the order they were offered
 * @param categories the categories of those fields
 * @param entry the id of the ledger entry ({@link SharedEntry#entry})
 */
public record Shared(
        String recipient, Purpose purpose, Map<String, String> fields, Set<Category> categories, long entry) {

    public Shared {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        categories = categories.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
    }

    /**
     * The value of a field that was let through.
     *
     * @throws IllegalStateException when the field was not let through (not offered, or dropped)
     */
    public String get(String name) {
        var value = fields.get(name);
        if (value == null) {
            throw new IllegalStateException("The field " + name + " was not shared with " + recipient + ".");
        }
        return value;
    }

    /** Whether the field was let through. */
    public boolean has(String name) {
        return fields.containsKey(name);
    }

    @Override
    public String toString() {
        return "Shared[" + recipient + ", " + purpose + ", fields " + fields.keySet() + ", entry " + entry + "]";
    }
}

package io.escapement.sharing;

import io.escapement.privacy.Category;
import io.escapement.privacy.NotPersonalData;
import io.escapement.privacy.Purpose;
import io.escapement.vault.SubjectId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a caller wants to send: to whom, why, about whom, for which order or subject reference, and
 * the fields, each with its category. The gateway decides what of it goes out ({@link
 * SharingGateway#share}). Its {@link #toString} names the fields, never their values.
 */
public final class Disclosure {

    /** One field the caller offers: its name in the recipient's vocabulary, its category and its value. */
    record Field(
            @NotPersonalData("the field's name in the recipient's vocabulary, e.g. phoneMasked")
            String name,

            Category category,
            String value) {

        @Override
        public String toString() {
            return name + "(" + category.code() + ")";
        }
    }

    private final String recipient;
    private final Purpose purpose;
    private final SubjectId subject;
    private final String reference;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    private Disclosure(String recipient, Purpose purpose, SubjectId subject, String reference) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.reference = Objects.requireNonNull(reference, "reference");
        if (reference.isBlank()) {
            throw new IllegalArgumentException("A disclosure names the order or subject reference it is for.");
        }
    }

    /**
     * A disclosure to the recipient of the policy's registry with id {@code recipient}, for {@code
     * purpose}, of data about {@code subject} (the vault subject whose ledger shows it), for {@code
     * reference}: the order number or other reference the recipient knows it by, which names no person.
     */
    public static Disclosure to(String recipient, Purpose purpose, SubjectId subject, String reference) {
        return new Disclosure(recipient, purpose, subject, reference);
    }

    /**
     * Offers a field; the gateway lets it through only when the allowed-fields table has it for the
     * recipient and purpose with this category, and the registry registers the category for the
     * recipient.
     *
     * @return this disclosure
     * @throws IllegalArgumentException when the field was offered already
     */
    public Disclosure field(String name, Category category, String value) {
        Objects.requireNonNull(value, "value");
        if (fields.putIfAbsent(name, new Field(name, Objects.requireNonNull(category), value)) != null) {
            throw new IllegalArgumentException("The field " + name + " is offered twice.");
        }
        return this;
    }

    public String recipient() {
        return recipient;
    }

    public Purpose purpose() {
        return purpose;
    }

    public SubjectId subject() {
        return subject;
    }

    public String reference() {
        return reference;
    }

    List<Field> fields() {
        return List.copyOf(fields.values());
    }

    @Override
    public String toString() {
        return "Disclosure[to " + recipient + " for " + purpose + ", " + reference + ", fields " + fields.values()
                + "]";
    }
}

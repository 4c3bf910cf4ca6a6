package io.escapement.account;

import io.escapement.account.minors.RealName;
import io.escapement.account.signin.EmailCredentials;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.InvalidPersonalData;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.ResidentId;
import io.escapement.privacy.StaffRole;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer-service look-up: staff on a case find a buyer by mobile number through the blind
 * index and see the buyer masked; one field is shown in full only with a reason. Every field shown,
 * masked or in full, is a staff read that the vault writes to the audit trail in the same
 * transaction (P-5), where the bulk-read anomaly rule counts it and the buyer sees it in "who
 * accessed my data" (U-1). Keeps P-4, P-5, C-14.
 */
@Service
public class BuyerLookup {

    public static final int MAX_CASE_REFERENCE = 40;
    public static final int MAX_REASON = 200;

    private static final Pattern CASE_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_/.-]*");
    private static final Purpose PURPOSE = Purpose.CUSTOMER_SERVICE;

    /** The buyer's fields customer service may see, each with the vault field it reads. */
    public enum Field {
        PHONE(AccountContact.class, "phone", PhoneNumber.class, PhoneNumber::nationalNumber),
        EMAIL(EmailCredentials.class, "email", EmailAddress.class, EmailAddress::address),
        NAME(RealName.class, "name", PersonName.class, PersonName::value),
        ID_NUMBER(RealName.class, "idNumber", ResidentId.class, ResidentId::number);

        private final Class<?> owner;
        private final String name;
        private final Class<?> type;
        private final Function<Object, String> plain;

        <T> Field(Class<?> owner, String name, Class<T> type, Function<T, String> plain) {
            this.owner = owner;
            this.name = name;
            this.type = type;
            this.plain = value -> plain.apply(type.cast(value));
        }
    }

    /**
     * A buyer as customer service sees them.
     *
     * @param masked the masked value of every field the buyer has, e.g. {@code 138****5678}
     */
    public record Card(SubjectId buyer, Map<Field, String> masked) {
        public Card {
            masked = Map.copyOf(masked);
        }
    }

    /** Input the look-up refuses, with a message a staff member can act on. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final AccountPhones phones;
    private final PersonalDataVault vault;

    BuyerLookup(AccountPhones phones, PersonalDataVault vault) {
        this.phones = phones;
        this.vault = vault;
    }

    /**
     * The accessor for a customer-service member on a case.
     *
     * @throws Refused when the case reference is blank, longer than {@value #MAX_CASE_REFERENCE}
     *     characters or not a ticket number
     */
    public static Accessor onCase(String staffId, String caseReference) {
        var reference = caseReference.strip();
        if (reference.isEmpty()) {
            throw new Refused("Give the case reference you are working on.");
        }
        if (reference.length() > MAX_CASE_REFERENCE) {
            throw new Refused("A case reference has at most " + MAX_CASE_REFERENCE + " characters.");
        }
        if (!CASE_REFERENCE.matcher(reference).matches()) {
            throw new Refused("A case reference has letters, digits and - _ / . only, such as CS-2026-0042.");
        }
        return Accessor.staff(staffId, StaffRole.CUSTOMER_SERVICE, reference);
    }

    /**
     * The buyer whose mobile number is {@code phone}, masked; empty when no account has it. Each
     * field shown is audited as a read.
     *
     * @throws Refused when {@code phone} is not a mainland mobile number
     */
    @Transactional
    public Optional<Card> find(String phone, Accessor staff) {
        PhoneNumber number;
        try {
            number = PhoneNumber.parse(phone);
        } catch (InvalidPersonalData invalid) {
            throw new Refused("Enter the buyer's mobile number: 11 digits starting with 1.");
        }
        return phones.owner(number).map(buyer -> card(buyer, staff));
    }

    /**
     * A buyer known from a case (an after-sales case names its buyer), masked; each field shown is
     * audited as a read, as for {@link #find}.
     */
    @Transactional
    public Card card(SubjectId buyer, Accessor staff) {
        var masked = new EnumMap<Field, String>(Field.class);
        for (var field : Field.values()) {
            if (vault.show(buyer, field.owner, field.name, PURPOSE, staff) instanceof Read.Present<String> shown) {
                masked.put(field, shown.value());
            }
        }
        return new Card(buyer, masked);
    }

    /**
     * One field of the buyer in full, audited as an unmasking with {@code reason}; empty when the
     * buyer has no such value.
     *
     * @throws Refused when the reason is blank or longer than {@value #MAX_REASON} characters
     * @throws io.escapement.vault.AccessDenied when the staff role may not unmask the field
     */
    @Transactional
    public Optional<String> unmask(SubjectId buyer, Field field, Accessor staff, String reason) {
        var stated = reason.strip();
        if (stated.isEmpty()) {
            throw new Refused("Say why you need to see this in full.");
        }
        if (stated.length() > MAX_REASON) {
            throw new Refused("A reason has at most " + MAX_REASON + " characters.");
        }
        return vault.reveal(buyer, field.owner, field.name, field.type, PURPOSE, staff.because(stated))
                        instanceof Read.Present<?> value
                ? Optional.of(field.plain.apply(value.value()))
                : Optional.empty();
    }
}

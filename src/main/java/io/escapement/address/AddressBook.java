package io.escapement.address;

import io.escapement.privacy.PersonName;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A buyer's shipping addresses (issue 13; keeps U-8 for addresses). Each address is sealed in the
 * vault under a data subject of its own, so deleting it shreds its key: the deleted recipient, phone
 * and detail cannot be read again, not even from a backup. Every method checks that the address is
 * the buyer's; someone else's answers as an unknown one ({@link AddressNotFound}). Each change is
 * checked in full before anything is written, and written in one transaction.
 */
@Service
public class AddressBook {

    /** The most addresses one buyer keeps. */
    public static final int LIMIT = 20;

    /** The longest detail line, in characters, as for {@link io.escapement.privacy.PostalAddress}. */
    public static final int MAX_DETAIL = 120;

    static final String SUBJECT_KIND = "shipping-address";

    private static final Pattern POSTCODE = Pattern.compile("\\d{6}");
    private static final Accessor CHECKOUT = Accessor.system("checkout");

    private final Addresses addresses;
    private final Divisions divisions;
    private final PersonalDataVault vault;

    AddressBook(Addresses addresses, Divisions divisions, PersonalDataVault vault) {
        this.addresses = addresses;
        this.divisions = divisions;
        this.vault = vault;
    }

    /** The buyer's addresses, the default first, masked. */
    @Transactional(readOnly = true)
    public List<AddressCard> list(SubjectId buyer) {
        return addresses.of(buyer).stream().map(this::card).toList();
    }

    /**
     * Adds an address; the buyer's first becomes the default.
     *
     * @throws AddressRefused when a part is invalid or the book already holds {@value #LIMIT}
     * @throws io.escapement.privacy.InvalidPersonalData when the name or phone is invalid
     */
    @Transactional
    public AddressId add(SubjectId buyer, EnterAddress input) {
        var checked = check(input);
        addresses.lock(buyer);
        int held = addresses.count(buyer);
        if (held >= LIMIT) {
            throw new AddressRefused("address.limit", LIMIT);
        }
        var sealed = vault.newSubject(SUBJECT_KIND);
        vault.store(sealed, checked.recipient());
        var id = AddressId.random();
        addresses.insert(checked.row(id, buyer, sealed, held == 0));
        return id;
    }

    /**
     * Replaces every part of one of the buyer's addresses.
     *
     * @throws AddressNotFound when the buyer has no such address
     * @throws AddressRefused when a part is invalid
     */
    @Transactional
    public void update(SubjectId buyer, AddressId id, EnterAddress input) {
        var checked = check(input);
        addresses.lock(buyer);
        var row = addresses.find(buyer, id).orElseThrow(AddressNotFound::new);
        vault.store(row.sealed(), checked.recipient());
        addresses.update(checked.row(id, buyer, row.sealed(), row.isDefault()));
    }

    /**
     * Makes one of the buyer's addresses the default; idempotent.
     *
     * @throws AddressNotFound when the buyer has no such address
     */
    @Transactional
    public void makeDefault(SubjectId buyer, AddressId id) {
        addresses.lock(buyer);
        addresses.find(buyer, id).orElseThrow(AddressNotFound::new);
        addresses.makeDefault(buyer, id);
    }

    /**
     * Deletes the address for good (U-8): its row, and its sealed values by shredding their data
     * key. When it was the default, the oldest remaining address becomes the default. Orders keep
     * their own copy ({@link #forCheckout}), never a link to the book.
     *
     * @throws AddressNotFound when the buyer has no such address, also when it was just deleted
     */
    @Transactional
    public void delete(SubjectId buyer, AddressId id) {
        addresses.lock(buyer);
        var row = addresses.find(buyer, id).orElseThrow(AddressNotFound::new);
        remove(row);
        if (row.isDefault()) {
            addresses.of(buyer).stream().findFirst().ifPresent(next -> addresses.makeDefault(buyer, next.id()));
        }
    }

    /** Deletes every address of an erased buyer, as {@link #delete} does. Idempotent. */
    @Transactional
    public void erase(SubjectId buyer) {
        addresses.lock(buyer);
        addresses.of(buyer).forEach(this::remove);
    }

    /**
     * One of the buyer's addresses in full, for the buyer who re-authenticated moments ago.
     *
     * @throws AddressNotFound when the buyer has no such address
     * @throws io.escapement.vault.AccessDenied when {@code reauthenticated} is false
     */
    @Transactional(readOnly = true)
    public ShippingAddress reveal(SubjectId buyer, AddressId id, boolean reauthenticated) {
        var row = addresses.find(buyer, id).orElseThrow(AddressNotFound::new);
        return full(row, Accessor.subject(row.sealed(), reauthenticated));
    }

    /**
     * The address in full for checkout to copy into the order's own sealed record; empty when the
     * buyer has no such address (someone else's included) or it is being erased.
     */
    @Transactional(readOnly = true)
    public Optional<ShippingAddress> forCheckout(SubjectId buyer, AddressId id) {
        return addresses.find(buyer, id).flatMap(row -> {
            try {
                return Optional.of(full(row, CHECKOUT));
            } catch (ErasedMeanwhile erased) {
                return Optional.empty();
            }
        });
    }

    private void remove(Addresses.Row row) {
        addresses.delete(row);
        vault.shred(row.sealed());
    }

    private AddressCard card(Addresses.Row row) {
        var self = Accessor.subject(row.sealed(), false);
        return new AddressCard(
                row.id(),
                shown(row, "name", self),
                shown(row, "phone", self),
                region(row),
                shown(row, "detail", self),
                row.postcode(),
                row.isDefault());
    }

    private String shown(Addresses.Row row, String field, Accessor self) {
        var read = vault.show(row.sealed(), Recipient.class, field, Purpose.ORDER_FULFILMENT, self);
        return read instanceof Read.Present<String> present ? present.value() : "";
    }

    private ShippingAddress full(Addresses.Row row, Accessor accessor) {
        return new ShippingAddress(
                row.id(),
                revealed(row, "name", PersonName.class, accessor),
                revealed(row, "phone", PhoneNumber.class, accessor),
                region(row),
                revealed(row, "detail", String.class, accessor),
                row.postcode(),
                row.isDefault());
    }

    private <T> T revealed(Addresses.Row row, String field, Class<T> type, Accessor accessor) {
        var read = vault.reveal(row.sealed(), Recipient.class, field, type, Purpose.ORDER_FULFILMENT, accessor);
        if (read instanceof Read.Present<T> present) {
            return present.value();
        }
        throw new ErasedMeanwhile();
    }

    /** The stored codes in words; a code a later division list no longer has is shown as the code. */
    private Region region(Addresses.Row row) {
        try {
            return divisions.region(row.province(), row.city(), row.district());
        } catch (AddressRefused retired) {
            return new Region(
                    new Division(row.province(), row.province()),
                    new Division(row.city(), row.city()),
                    new Division(row.district(), row.district()));
        }
    }

    /** An address whose sealed values are gone while its row is still there, as during erasure. */
    private static final class ErasedMeanwhile extends AddressNotFound {}

    /** An input whose every part passed its check. */
    private record Checked(
            Recipient recipient, Region region, @Nullable String postcode) {

        Addresses.Row row(AddressId id, SubjectId buyer, SubjectId sealed, boolean isDefault) {
            return new Addresses.Row(
                    id,
                    buyer,
                    sealed,
                    region.province().code(),
                    region.city().code(),
                    region.district().code(),
                    postcode,
                    isDefault);
        }
    }

    private Checked check(EnterAddress input) {
        var name = PersonName.parse(input.recipient());
        var phone = PhoneNumber.parse(input.phone());
        var region = divisions.region(input.province(), input.city(), input.district());
        return new Checked(new Recipient(name, phone, detail(input.detail())), region, postcode(input.postcode()));
    }

    private static String detail(@Nullable String input) {
        var detail = input == null ? "" : input.strip();
        if (detail.isEmpty()) {
            throw new AddressRefused("address.detail.blank");
        }
        int length = detail.codePointCount(0, detail.length());
        if (length < 2 || length > MAX_DETAIL) {
            throw new AddressRefused("address.detail.length", MAX_DETAIL);
        }
        if (detail.codePoints().anyMatch(Character::isISOControl)) {
            throw new AddressRefused("address.detail.characters");
        }
        return detail;
    }

    private static @Nullable String postcode(@Nullable String input) {
        var postcode = input == null ? "" : input.strip();
        if (postcode.isEmpty()) {
            return null;
        }
        if (!POSTCODE.matcher(postcode).matches()) {
            throw new AddressRefused("address.postcode.invalid");
        }
        return postcode;
    }
}

package io.escapement.invoice;

import io.escapement.privacy.Purpose;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A buyer's invoice titles (issue 15, keeps U-5). Each title is sealed in the vault under a data
 * subject of its own, so deleting it shreds its key for good. Every method checks that the title
 * is the buyer's; someone else's answers as an unknown one (404). Each change is checked in full
 * before anything is written.
 */
@Service
public class InvoiceTitles {

    /** The most titles one buyer keeps. */
    public static final int LIMIT = 10;

    /** The longest name, in characters: the e-invoice platform's limit for the buyer's name. */
    public static final int MAX_NAME = 100;

    static final String SUBJECT_KIND = "invoice-title";

    private static final Accessor LISTS = Accessor.system("invoice-titles");

    private final Titles titles;
    private final PersonalDataVault vault;

    InvoiceTitles(Titles titles, PersonalDataVault vault) {
        this.titles = titles;
        this.vault = vault;
    }

    /** The buyer's titles, oldest first, masked. */
    @Transactional(readOnly = true)
    public List<TitleCard> list(SubjectId buyer) {
        return titles.of(buyer).stream()
                .flatMap(row -> holder(row, LISTS).map(holder -> card(row, holder)).stream())
                .toList();
    }

    /** One of the buyer's titles, masked. */
    @Transactional(readOnly = true)
    public TitleCard card(SubjectId buyer, InvoiceTitleId id) {
        var row = titles.find(buyer, id).orElseThrow(InvoiceTitles::notFound);
        return card(row, holder(row, LISTS).orElseThrow(InvoiceTitles::notFound));
    }

    /**
     * Adds a title.
     *
     * @throws InvoiceRefused when a part is invalid or the buyer already keeps {@value #LIMIT}
     */
    @Transactional
    public InvoiceTitleId add(SubjectId buyer, EnterTitle input) {
        var checked = check(input);
        titles.lock(buyer);
        if (titles.count(buyer) >= LIMIT) {
            throw new InvoiceRefused("invoice.title.limit", LIMIT);
        }
        var sealed = vault.newSubject(SUBJECT_KIND);
        vault.store(sealed, checked.holder());
        var id = InvoiceTitleId.random();
        titles.insert(new Titles.Row(id, buyer, sealed, checked.kind()));
        return id;
    }

    /**
     * Replaces one of the buyer's titles.
     *
     * @throws InvoiceRefused when the buyer has no such title (404) or a part is invalid
     */
    @Transactional
    public void update(SubjectId buyer, InvoiceTitleId id, EnterTitle input) {
        var checked = check(input);
        titles.lock(buyer);
        var row = titles.find(buyer, id).orElseThrow(InvoiceTitles::notFound);
        vault.store(row.sealed(), checked.holder());
        titles.changeKind(row, checked.kind());
    }

    /**
     * Deletes the title for good: its row, and its sealed values by shredding their key. An invoice
     * issued with it keeps its own sealed copy.
     *
     * @throws InvoiceRefused when the buyer has no such title (404), also when it was just deleted
     */
    @Transactional
    public void delete(SubjectId buyer, InvoiceTitleId id) {
        titles.lock(buyer);
        remove(titles.find(buyer, id).orElseThrow(InvoiceTitles::notFound));
    }

    /** Deletes every title of an erased buyer. Idempotent. */
    @Transactional
    public void erase(SubjectId buyer) {
        titles.lock(buyer);
        titles.of(buyer).forEach(this::remove);
    }

    /** Whether the buyer keeps the title. */
    @Transactional(readOnly = true)
    public boolean has(SubjectId buyer, InvoiceTitleId id) {
        return titles.find(buyer, id).isPresent();
    }

    /** The title in full, for issuing; empty when the buyer no longer keeps it. */
    @Transactional(readOnly = true)
    Optional<Title> forIssuing(SubjectId buyer, InvoiceTitleId id, Accessor accessor) {
        return titles.find(buyer, id)
                .flatMap(row -> holder(row, accessor).map(holder -> new Title(row.kind(), holder)));
    }

    /** A title in full: its kind and what is sealed of it. */
    record Title(TitleKind kind, TitleHolder holder) {}

    private void remove(Titles.Row row) {
        titles.delete(row);
        vault.shred(row.sealed());
    }

    private Optional<TitleHolder> holder(Titles.Row row, Accessor accessor) {
        var name =
                vault.reveal(row.sealed(), TitleHolder.class, "name", String.class, Purpose.LEGAL_OBLIGATION, accessor);
        if (!(name instanceof Read.Present<String> present)) {
            return Optional.empty();
        }
        var tax = vault.reveal(
                row.sealed(), TitleHolder.class, "taxNumber", String.class, Purpose.LEGAL_OBLIGATION, accessor);
        return Optional.of(new TitleHolder(
                present.value(), tax instanceof Read.Present<String> code ? code.value() : null));
    }

    private static TitleCard card(Titles.Row row, TitleHolder holder) {
        var code = holder.taxNumber();
        return new TitleCard(
                row.id(), row.kind(), masked(holder.name()), code == null ? null : new CreditCode(code).masked());
    }

    /** The name with all but its first character (two for a long one) hidden. */
    static String masked(String name) {
        int length = name.codePointCount(0, name.length());
        int kept = length > 6 ? 2 : 1;
        return name.substring(0, name.offsetByCodePoints(0, Math.min(kept, length)))
                + "*".repeat(Math.max(1, Math.min(6, length - kept)));
    }

    /** The refusal of a title the buyer does not keep (404). */
    public static InvoiceRefused unknown() {
        return InvoiceRefused.notFound("invoice.title.notFound");
    }

    private static InvoiceRefused notFound() {
        return unknown();
    }

    private record Checked(TitleKind kind, TitleHolder holder) {}

    private static Checked check(EnterTitle input) {
        var kind = kind(input.kind());
        var name = name(input.name());
        return kind == TitleKind.COMPANY
                ? new Checked(
                        kind,
                        new TitleHolder(
                                name, CreditCode.parse(input.taxNumber()).value()))
                : new Checked(kind, new TitleHolder(name, null));
    }

    private static TitleKind kind(@Nullable String input) {
        var kind = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
        try {
            return TitleKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw new InvoiceRefused("invoice.title.kind");
        }
    }

    private static String name(@Nullable String input) {
        var name = input == null ? "" : input.strip();
        if (name.isEmpty()) {
            throw new InvoiceRefused("invoice.title.name.blank");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw new InvoiceRefused("invoice.title.name.length", MAX_NAME);
        }
        if (name.codePoints()
                .anyMatch(c -> Character.isISOControl(c)
                        || Character.getType(c) == Character.SURROGATE
                        || Character.getType(c) == Character.UNASSIGNED
                        || Character.getType(c) == Character.PRIVATE_USE)) {
            throw new InvoiceRefused("invoice.title.name.characters");
        }
        return name;
    }
}

package io.escapement.sharing;

import io.escapement.consent.Transfers;
import io.escapement.policy.Recipients;
import io.escapement.privacy.Category;
import io.escapement.privacy.Purpose;
import io.escapement.sharing.SharingRefused.Reason;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way personal information leaves the platform (S-1): to payment providers, merchants and
 * carriers. For each {@link Disclosure} it checks that the policy's registry has the recipient, the
 * purpose for it and, for a recipient abroad, transfers abroad; keeps only the fields the closed
 * allowed-fields table has for the recipient and purpose, with a category registered for it (S-2);
 * checks the subject's consent where the purpose rests on consent or the recipient is abroad
 * ({@link Transfers}); and writes the sharing ledger. There is no purpose "sale": {@link Purpose}
 * is a closed enum and has none (S-5).
 */
@Service
public class SharingGateway {

    private static final Logger log = LoggerFactory.getLogger(SharingGateway.class);

    private final Recipients recipients;
    private final Transfers transfers;
    private final SharingLedger ledger;
    private final Clock clock;

    SharingGateway(Recipients recipients, Transfers transfers, SharingLedger ledger, Clock clock) {
        this.recipients = recipients;
        this.transfers = transfers;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Lets through what the recipient may receive of the disclosure and records it. Fields that the
     * allowed-fields table does not have for the recipient and purpose, that are offered with
     * another category than the table's, or whose category is not registered for the recipient,
     * are dropped (one log line counts and names them, never with their values). The ledger gets
     * one row per disclosure; a repeat of a disclosure already recorded (same subject, recipient,
     * purpose, reference and categories) writes none and answers the first row's id.
     *
     * @return the fields let through and the ledger entry's id
     * @throws SharingRefused when the recipient is not registered, the purpose is not registered for
     *     it, it is abroad and not registered for transfers abroad, no field offered may go to it, or
     *     the subject's consent (to the purpose, or to the transfer abroad) is missing; nothing is
     *     then written
     */
    @Transactional(noRollbackFor = SharingRefused.class)
    public Shared share(Disclosure disclosure) {
        var id = disclosure.recipient();
        var purpose = disclosure.purpose();
        var recipient =
                recipients.recipient(id).orElseThrow(() -> new SharingRefused(Reason.UNKNOWN_RECIPIENT, id, purpose));
        if (!recipient.purposes().contains(purpose)) {
            throw new SharingRefused(Reason.PURPOSE_NOT_REGISTERED, id, purpose);
        }
        if (recipients.isCrossBorder(recipient) && !recipient.purposes().contains(Purpose.CROSS_BORDER_TRANSFER)) {
            throw new SharingRefused(Reason.CROSS_BORDER_NOT_REGISTERED, id, purpose);
        }
        var kept = new LinkedHashMap<String, String>();
        var categories = EnumSet.noneOf(Category.class);
        var dropped = new ArrayList<String>();
        for (var field : disclosure.fields()) {
            boolean allowed = AllowedFields.category(id, purpose, field.name())
                    .filter(category -> category == field.category())
                    .filter(recipient.categories()::contains)
                    .isPresent();
            if (allowed) {
                kept.put(field.name(), field.value());
                categories.add(field.category());
            } else {
                dropped.add(field.name());
            }
        }
        if (!dropped.isEmpty()) {
            log.info(
                    "Dropped {} of {} fields offered to {} for {}: {}",
                    dropped.size(),
                    disclosure.fields().size(),
                    id,
                    purpose,
                    dropped);
        }
        if (kept.isEmpty()) {
            throw new SharingRefused(Reason.NOTHING_ALLOWED, id, purpose);
        }
        for (var category : categories) {
            if (!transfers.permits(disclosure.subject(), id, purpose, category)) {
                throw new SharingRefused(Reason.NO_CONSENT, id, purpose);
            }
        }
        long entry = ledger.record(
                disclosure.subject(), disclosure.reference(), id, purpose, categories, kept.keySet(), clock.instant());
        return new Shared(id, purpose, kept, categories, entry);
    }
}

package io.escapement.consent;

import io.escapement.policy.Recipients;
import io.escapement.privacy.Category;
import io.escapement.privacy.Purpose;
import io.escapement.vault.SubjectId;
import org.springframework.stereotype.Service;

/**
 * Decides whether a subject's personal information may go to a recipient: only to a
 * registered recipient, only for a purpose and category it is registered for, and, when the
 * recipient is outside the residency region, only under the subject's separate cross-border
 * consent. The sharing gateway asks before sending anything.
 */
@Service
public class Transfers {

    private final Recipients recipients;
    private final Consents consents;

    Transfers(Recipients recipients, Consents consents) {
        this.recipients = recipients;
        this.consents = consents;
    }

    public boolean permits(SubjectId subject, String recipientId, Purpose purpose, Category category) {
        if (!recipients.mayReceive(recipientId, purpose, category) || !consents.permits(subject, purpose)) {
            return false;
        }
        return !recipients.isCrossBorder(recipientId) || consents.permits(subject, Purpose.CROSS_BORDER_TRANSFER);
    }
}

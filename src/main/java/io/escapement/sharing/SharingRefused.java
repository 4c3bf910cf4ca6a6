package io.escapement.sharing;

import io.escapement.language.WordedRefusal;
import io.escapement.privacy.Purpose;
import org.springframework.http.HttpStatus;

/**
 * The gateway sends nothing and writes nothing: the recipient, the purpose or the subject's consent
 * does not allow the disclosure. Its message names the recipient and the purpose, never a value.
 */
public class SharingRefused extends WordedRefusal {

    /** Why the gateway refused, with the status a page or the API answers it with. */
    public enum Reason {
        /** The policy's registry has no recipient of that id (S-1): 403. */
        UNKNOWN_RECIPIENT(HttpStatus.FORBIDDEN),
        /** The recipient is not registered for the purpose (S-2): 403. */
        PURPOSE_NOT_REGISTERED(HttpStatus.FORBIDDEN),
        /** The recipient is outside the residency region and not registered for transfers abroad: 403. */
        CROSS_BORDER_NOT_REGISTERED(HttpStatus.FORBIDDEN),
        /**
         * Nothing offered is allowed: no field is in the allowed-fields table for the recipient and
         * purpose with a category registered for it (S-2): 403.
         */
        NOTHING_ALLOWED(HttpStatus.FORBIDDEN),
        /**
         * The purpose rests on consent, or the recipient is abroad, and the subject has not consented
         * (C-8, R-1): 409, since the subject's own choice decides and may change.
         */
        NO_CONSENT(HttpStatus.CONFLICT);

        private final HttpStatus status;

        Reason(HttpStatus status) {
            this.status = status;
        }
    }

    private final Reason reason;

    SharingRefused(Reason reason, String recipient, Purpose purpose) {
        super(reason.status, "sharing.refused." + reason.name(), recipient, purpose.label());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package io.escapement.account;

import io.escapement.account.spi.EmailGateway;
import io.escapement.privacy.Category;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import java.time.Instant;

/** The e-mail gateway of development: messages stay in memory for the developer page {@code /dev/mail}. */
public final class DevelopmentMailOutbox extends DevelopmentOutbox<DevelopmentMailOutbox.Mail> implements EmailGateway {

    /** One message as the developer page shows it. */
    public record Mail(
            Instant at,

            @PersonalData(category = Category.USER_CONTACT_EMAIL, purposes = Purpose.ACCOUNT, retention = "P0D")
            EmailAddress to,

            String subject,
            String text) {}

    @Override
    public void send(EmailAddress to, String subject, String text) {
        keep(new Mail(clock.instant(), to, subject, text));
    }
}

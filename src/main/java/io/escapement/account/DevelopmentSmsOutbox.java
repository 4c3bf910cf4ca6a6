package io.escapement.account;

import io.escapement.account.spi.SmsGateway;
import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import java.time.Instant;

/** The SMS gateway of development: messages stay in memory for the developer page {@code /dev/sms}. */
public final class DevelopmentSmsOutbox extends DevelopmentOutbox<DevelopmentSmsOutbox.Message> implements SmsGateway {

    /** One message as the developer page shows it. */
    public record Message(
            Instant at,

            @PersonalData(category = Category.USER_CONTACT_PHONE, purposes = Purpose.ACCOUNT, retention = "P0D")
            PhoneNumber to,

            String text) {}

    @Override
    public void send(PhoneNumber to, String text) {
        keep(new Message(clock.instant(), to, text));
    }
}

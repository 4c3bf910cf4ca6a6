package io.escapement.account.spi;

import io.escapement.privacy.EmailAddress;

/**
 * Sends e-mail. A production adapter calls the operator's mail provider (a registered recipient of
 * the address, for the ACCOUNT purpose); development keeps the messages in an outbox.
 */
public interface EmailGateway {

    void send(EmailAddress to, String subject, String text);
}

package io.escapement.account.spi;

import io.escapement.privacy.PhoneNumber;

/**
 * Sends text messages. A production adapter calls the operator's SMS provider (a registered
 * recipient of the phone number, for the ACCOUNT purpose); development keeps them in an outbox.
 */
public interface SmsGateway {

    void send(PhoneNumber to, String text);
}

package io.escapement.account;

import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PhoneNumber;

/** Test support: reads the newest code or link sent to a number or an address from the development outboxes. */
final class Codes {

    private Codes() {}

    static String lastSentTo(DevelopmentSmsOutbox outbox, String phone) {
        return outbox.messages().stream()
                .filter(message -> message.to().equals(PhoneNumber.parse(phone))
                        && message.text().contains("验证码"))
                .findFirst()
                .orElseThrow()
                .text()
                .replaceAll("\\D*(\\d{6}).*", "$1");
    }

    /** The newest message to {@code email}. */
    static DevelopmentMailOutbox.Message lastMailTo(DevelopmentMailOutbox outbox, String email) {
        return outbox.messages().stream()
                .filter(message -> message.to().equals(EmailAddress.parse(email)))
                .findFirst()
                .orElseThrow();
    }

    static String lastMailedCodeTo(DevelopmentMailOutbox outbox, String email) {
        return lastMailTo(outbox, email).text().replaceAll("(?s)\\D*(\\d{6}).*", "$1");
    }

    /** The token of the newest registration link mailed to {@code email}. */
    static String lastLinkTo(DevelopmentMailOutbox outbox, String email) {
        return lastMailTo(outbox, email).text().replaceAll("(?s).*[?&]token=([A-Za-z0-9_-]+).*", "$1");
    }
}

package io.escapement.account;

import io.escapement.privacy.PhoneNumber;

/** Test support: reads the newest sign-in code sent to a number from the development outbox. */
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
}

package io.escapement.account;

import io.escapement.account.spi.SmsGateway;
import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The SMS gateway of development: keeps the last messages in memory only (never in the database
 * or the logs, since they hold phone numbers and codes), for the developer page to show.
 */
public final class DevelopmentSmsOutbox implements SmsGateway {

    /** One message as the developer page shows it. */
    public record Message(
            Instant at,

            @PersonalData(category = Category.USER_CONTACT_PHONE, purposes = Purpose.ACCOUNT, retention = "P0D")
            PhoneNumber to,

            String text) {}

    private static final int KEPT = 50;
    private final Deque<Message> messages = new ArrayDeque<>();

    @Override
    public synchronized void send(PhoneNumber to, String text) {
        messages.addFirst(new Message(Instant.now(), to, text));
        while (messages.size() > KEPT) {
            messages.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }
}

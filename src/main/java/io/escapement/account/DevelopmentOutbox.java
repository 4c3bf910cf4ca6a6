package io.escapement.account;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What a development gateway would have sent: the last messages, in memory only (never in the
 * database or the logs, since they hold phone numbers, addresses and codes), for a developer page.
 *
 * @param <M> one message
 */
public abstract class DevelopmentOutbox<M> {

    private static final int KEPT = 50;
    private final Deque<M> messages = new ArrayDeque<>();

    /** The clock that time-stamps messages. */
    protected final Clock clock = Clock.systemUTC();

    protected final synchronized void keep(M message) {
        messages.addFirst(message);
        while (messages.size() > KEPT) {
            messages.removeLast();
        }
    }

    /** Newest first. */
    public final synchronized List<M> messages() {
        return List.copyOf(messages);
    }
}

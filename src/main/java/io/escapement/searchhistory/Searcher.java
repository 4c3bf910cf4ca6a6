package io.escapement.searchhistory;

import io.escapement.vault.SubjectId;

/**
 * Who searched, only so that popular searches count each searcher once: a signed-in buyer, or a
 * visitor's session. It is never stored; popular searches keep a keyed pseudonym of it per week and
 * keyword (C-3, ADR 24).
 */
public final class Searcher {

    private final String key;

    private Searcher(String key) {
        this.key = key;
    }

    /** A signed-in buyer, whichever session or device they search from. */
    public static Searcher buyer(SubjectId buyer) {
        return new Searcher("buyer:" + buyer.value());
    }

    /** A visitor who is not signed in, known by the id of the session they already have. */
    public static Searcher session(String sessionId) {
        return new Searcher("session:" + sessionId);
    }

    String key() {
        return key;
    }

    /** Prints nothing that identifies the searcher: a session id is a secret. */
    @Override
    public String toString() {
        return "Searcher";
    }
}

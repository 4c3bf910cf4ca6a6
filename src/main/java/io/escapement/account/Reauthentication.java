package io.escapement.account;

import jakarta.servlet.http.HttpSession;

/**
 * Whether the signed-in buyer re-authenticated moments ago ({@code
 * escapement.account.reauthentication-window}), so that pages of other modules show the buyer's own
 * data in full only then, as the profile does. The buyer re-authenticates on the profile page.
 */
public interface Reauthentication {

    /** The page where the buyer confirms it is them. */
    String PAGE = "/account/profile#reauthenticate";

    /** Whether the window opened by the last re-authentication in this session is still open. */
    boolean isOpen(HttpSession session);
}

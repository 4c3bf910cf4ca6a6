package io.escapement.account.spi;

import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Something another module does as a buyer's sign-in completes, in the same request, whichever way
 * the buyer signed in (code, password, passkey or an external account): the cart merges the guest
 * cart of the browser into the buyer's and clears its cookie, say. Called once the session is the
 * buyer's and before the response is written, so a step may read the request's cookies and set
 * cookies on the response. A step must not fail the sign-in: it handles its own errors.
 */
public interface SignInStep {

    void signedIn(SubjectId buyer, HttpServletRequest request, HttpServletResponse response);
}

package io.escapement.account.web;

import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Makes the session a signed-in buyer's, whichever way the buyer proved who they are: a new session
 * id, the buyer's subject id as principal name and the buyer role.
 */
@Component
class BuyerSignIn {

    private final Landing landing;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    BuyerSignIn(Landing landing) {
        this.landing = landing;
    }

    /** @return where the buyer goes next (see {@link Landing}) */
    String signIn(SubjectId account, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                account.toString(), null, List.of(new SimpleGrantedAuthority(SubjectId.BUYER_ROLE))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return landing.after(account, request, response);
    }

    /** Forgets whoever the session was signed in as. */
    void signOut(HttpServletRequest request, HttpServletResponse response) {
        var empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        contexts.saveContext(empty, request, response);
    }
}

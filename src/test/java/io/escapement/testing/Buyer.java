package io.escapement.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.escapement.vault.SubjectId;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A signed-in buyer for MockMvc, for tests of what a buyer sees. Signing in itself is tested in the
 * account module ({@code account.Codes.signIn}).
 */
public final class Buyer {

    private Buyer() {}

    public static RequestPostProcessor as(SubjectId buyer) {
        var token = new TestingAuthenticationToken(buyer.toString(), null, SubjectId.BUYER_ROLE);
        token.setAuthenticated(true);
        return authentication(token);
    }
}

package io.escapement.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;

/** Passkey sign-in options survive the trip through a JDBC-backed session with "required" intact. */
class SessionRequestOptionsTests {

    @Test
    void userVerificationStaysRequiredAfterTheSessionIsSerialized() throws Exception {
        var options = new SessionRequestOptions();
        var request = new MockHttpServletRequest();
        options.save(
                request,
                new MockHttpServletResponse(),
                PublicKeyCredentialRequestOptions.builder()
                        .challenge(Bytes.random())
                        .rpId("localhost")
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .build());

        var restored = new MockHttpServletRequest();
        restored.setSession(roundTrip((MockHttpSession) request.getSession()));
        var loaded = options.load(restored);

        assertThat(loaded).isNotNull();
        assertThat(loaded.getUserVerification()).isSameAs(UserVerificationRequirement.REQUIRED);
        assertThat(loaded.getRpId()).isEqualTo("localhost");
    }

    /** A copy of the session as another node reads it from the database: every attribute deserialized. */
    private static MockHttpSession roundTrip(MockHttpSession session) throws Exception {
        var copy = new MockHttpSession();
        for (var name : Collections.list(session.getAttributeNames())) {
            var bytes = new ByteArrayOutputStream();
            try (var out = new ObjectOutputStream(bytes)) {
                out.writeObject((Serializable) session.getAttribute(name));
            }
            try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                copy.setAttribute(name, in.readObject());
            }
        }
        return copy;
    }
}

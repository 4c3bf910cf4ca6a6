package io.escapement.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.AccountPhones;
import io.escapement.account.Codes;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.privacy.PhoneNumber;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Passkeys (C-6) at the HTTP boundary: bad input to Spring Security's WebAuthn endpoints gets a
 * 4xx, never a 500, and a buyer can neither see, rename nor delete another buyer's passkey.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.account.code-spacing=PT0S"})
@AutoConfigureMockMvc
class PasskeysTests {

    private static final String GARBAGE = "{\"id\": [1, 2, {\"not\": \"a credential\"";

    @Autowired
    MockMvc mvc;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    AccountPhones phones;

    @Autowired
    Passkeys passkeys;

    @Autowired
    PublicKeyCredentialUserEntityRepository userEntities;

    @Autowired
    UserCredentialRepository credentials;

    @Test
    void garbageSentToTheSignInEndpointIsRefusedWithAProblem() throws Exception {
        postJson("/login/webauthn", GARBAGE, null)
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("passkeys.failed"));
        postJson("/login/webauthn", "{}", null).andExpect(status().isUnauthorized());
        postJson("/login/webauthn", "", null).andExpect(status().isUnauthorized());
    }

    @Test
    void garbageSentToTheRegistrationEndpointsIsRefused() throws Exception {
        var buyer = signIn("13188880001");
        postJson("/webauthn/register", GARBAGE, buyer).andExpect(status().isBadRequest());
        postJson("/webauthn/register", "[]", buyer).andExpect(status().isBadRequest());
        postJson("/webauthn/register/options", GARBAGE, buyer).andExpect(status().is2xxSuccessful());
        postJson("/webauthn/register", forgedRegistration(), buyer)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(passkeys.of(phones.owner(PhoneNumber.parse("13188880001")).orElseThrow()))
                .isEmpty();
        mvc.perform(delete("/webauthn/register/***").cookie(buyer).with(csrf())).andExpect(status().is4xxClientError());
    }

    @Test
    void visitorsCannotStartARegistration() throws Exception {
        postJson("/webauthn/register/options", "{}", null).andExpect(status().is4xxClientError());
        postJson("/webauthn/register", forgedRegistration(), null).andExpect(status().is4xxClientError());
        mvc.perform(get("/account/passkeys")).andExpect(redirectedUrl("/signin?next=%2Faccount%2Fpasskeys"));
    }

    @Test
    void aBuyerCannotRenameOrDeleteAnotherBuyersPasskey() throws Exception {
        var owner = signIn("13188880002");
        var other = signIn("13188880003");
        var ownersPasskey =
                passkeyOf(phones.owner(PhoneNumber.parse("13188880002")).orElseThrow());

        mvc.perform(get("/account/passkeys").cookie(other))
                .andExpect(content().string(containsString("id=\"no-passkeys\"")));
        mvc.perform(post("/account/passkeys/{id}/delete", ownersPasskey)
                        .cookie(other)
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("您的账户中没有这个通行密钥")));
        mvc.perform(delete("/webauthn/register/{id}", ownersPasskey)
                        .cookie(other)
                        .with(csrf()))
                .andExpect(status().is4xxClientError());
        assertThat(credentials.findByCredentialId(Bytes.fromBase64(ownersPasskey)))
                .isNotNull();

        mvc.perform(post("/account/passkeys/{id}/rename", ownersPasskey)
                        .param("label", "被盗")
                        .cookie(other)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account/passkeys").cookie(owner)).andExpect(content().string(containsString("办公室电脑")));
        mvc.perform(post("/account/passkeys/{id}/rename", ownersPasskey)
                        .param("label", "  ")
                        .cookie(owner)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请为通行密钥起一个 1 至 60 个字的名字")));
        mvc.perform(post("/account/passkeys/{id}/rename", ownersPasskey)
                        .param("label", "家里的电脑")
                        .cookie(owner)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/passkeys"));
        mvc.perform(get("/account/passkeys").cookie(owner)).andExpect(content().string(containsString("家里的电脑")));
        mvc.perform(post("/account/passkeys/{id}/delete", ownersPasskey)
                        .cookie(owner)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/passkeys"));
        assertThat(credentials.findByCredentialId(Bytes.fromBase64(ownersPasskey)))
                .isNull();
    }

    @Test
    void thePrivacyPolicySaysNoFaceOrFingerprintDataReachesUs() throws Exception {
        mvc.perform(get("/privacy"))
                .andExpect(content().string(containsString("刷脸/指纹登录使用通行密钥")))
                .andExpect(content().string(containsString("不保存任何面部图像、面部特征或指纹信息")));
        mvc.perform(get("/privacy").param("lang", "en"))
                .andExpect(content().string(containsString("never receive or keep a picture of your face")));
    }

    /** Stores a passkey for {@code buyer} as a registration would; returns its credential id. */
    private String passkeyOf(SubjectId buyer) {
        var user = ImmutablePublicKeyCredentialUserEntity.builder()
                .id(Bytes.random())
                .name(buyer.toString())
                .displayName(buyer.toString())
                .build();
        userEntities.save(user);
        var id = Bytes.random();
        credentials.save(ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(id)
                .userEntityUserId(user.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .signatureCount(0)
                .uvInitialized(true)
                .transports(Set.of())
                .backupEligible(false)
                .backupState(false)
                .created(Instant.now())
                .lastUsed(Instant.now())
                .label("办公室电脑")
                .build());
        return id.toBase64UrlString();
    }

    /** Well-formed JSON in the shape of a registration whose attestation is made up. */
    private static String forgedRegistration() {
        var bytes = Bytes.random().toBase64UrlString();
        return """
                {"publicKey": {"label": "forged", "credential": {"id": "%1$s", "rawId": "%1$s", "type": "public-key",
                 "response": {"attestationObject": "%1$s", "clientDataJSON": "%1$s", "transports": ["internal"]},
                 "clientExtensionResults": {}, "authenticatorAttachment": "platform"}}}""".formatted(bytes);
    }

    private ResultActions postJson(String path, String body, Cookie session) throws Exception {
        var request =
                post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
        return mvc.perform(session == null ? request : request.cookie(session));
    }

    private Cookie signIn(String phone) throws Exception {
        return Codes.signIn(mvc, outbox, phone);
    }
}

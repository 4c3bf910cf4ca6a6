package io.escapement.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** C-10: what is taken from a provider is bounded before it reaches the vault. */
class ExternalIdentityTests {

    static final String ISSUER = "https://id.example";

    @Test
    void keepsAWebAvatarAndAShortNickname() {
        var identity = new ExternalIdentity("id", ISSUER, "42", "  表匠  ", "https://img.example/a.png");
        assertThat(identity.nickname()).isEqualTo("表匠");
        assertThat(identity.avatar()).isEqualTo("https://img.example/a.png");
        assertThat(identity.identifier()).isEqualTo("https://id.example|42");
        assertThat(identity.toString()).doesNotContain("表匠", "img.example", "42");
    }

    @Test
    void cutsALongNicknameAtWholeCharacters() {
        var nickname = "😀".repeat(ExternalIdentity.MAX_NICKNAME + 10);
        var identity = new ExternalIdentity("id", ISSUER, "42", nickname, null);
        assertThat(identity.nickname().codePoints().count()).isEqualTo(ExternalIdentity.MAX_NICKNAME);
        assertThat(identity.nickname()).isEqualTo("😀".repeat(ExternalIdentity.MAX_NICKNAME));
    }

    @Test
    void dropsAnAvatarThatIsNotAWebAddress() {
        for (var avatar : new String[] {
            "javascript:alert(1)",
            "data:image/png;base64,AAAA",
            "/relative.png",
            "https://",
            "not a url",
            "https://img.example/" + "a".repeat(ExternalIdentity.MAX_AVATAR)
        }) {
            assertThat(new ExternalIdentity("id", ISSUER, "42", "n", avatar).avatar())
                    .as(avatar)
                    .isNull();
        }
        assertThat(new ExternalIdentity("id", ISSUER, "42", " ", null).nickname())
                .isNull();
    }

    @Test
    void needsIssuerAndSubject() {
        assertThatThrownBy(() -> new ExternalIdentity("id", ISSUER, " ", "n", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExternalIdentity("id", "", "42", "n", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

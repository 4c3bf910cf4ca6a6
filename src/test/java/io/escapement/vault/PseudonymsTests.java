package io.escapement.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymsTests {

    @TempDir
    Path keyDir;

    @Test
    void givesAStablePseudonymPerDomainThatOnlyTheKeyCanRecompute() throws Exception {
        VaultConfiguration.registerPrimitives();
        var pseudonyms = new Pseudonyms(new SystemKeys(
                keyDir, new WrappedKeysets(new LocalKeyManagement(keyDir, LocalKeyManagementTests.KEK))));
        var subject = SubjectId.random();
        var forRecommendations = pseudonyms.of(subject, "recommendations");
        assertThat(forRecommendations).hasSize(22).isEqualTo(pseudonyms.of(subject, "recommendations"));
        assertThat(pseudonyms.of(subject, "analytics")).isNotEqualTo(forRecommendations);
        assertThat(pseudonyms.of(SubjectId.random(), "recommendations")).isNotEqualTo(forRecommendations);

        var unkeyed = MessageDigest.getInstance("SHA-256")
                .digest(("recommendations\u0000" + subject.value()).getBytes(StandardCharsets.UTF_8));
        assertThat(forRecommendations)
                .isNotEqualTo(
                        Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(unkeyed, 16)));

        var otherInstallation = Path.of(keyDir.toString() + "-other");
        var elsewhere = new Pseudonyms(new SystemKeys(
                otherInstallation,
                new WrappedKeysets(new LocalKeyManagement(otherInstallation, LocalKeyManagementTests.KEK))));
        assertThat(elsewhere.of(subject, "recommendations")).isNotEqualTo(forRecommendations);
    }
}

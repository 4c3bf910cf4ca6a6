package io.escapement.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.testing.MovableClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The terms of service are versioned like the policy (ADR 42): a version is published from its
 * written text before it takes effect, never changes after, and the version in effect is the one
 * that is accepted. Runs on the policy tests' database, on a clock that each test moves past every
 * version so far; versions after the first are written in memory.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.demo.enabled=false"})
class TermsVersionsTests {

    static final Duration DAY = Duration.ofDays(1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyProperties properties;

    @Autowired
    TermsVersions inEffect;

    MovableClock clock;
    TermsVersions terms;
    Instant start;

    @BeforeEach
    void startAfterEveryVersionSoFar() {
        var latest = jdbc.sql("select max(effective_at) from policy.terms_version")
                .query(Timestamp.class)
                .single()
                .toInstant();
        start = (latest.isAfter(Instant.now()) ? latest.plus(DAY) : Instant.now()).truncatedTo(ChronoUnit.MICROS);
        clock = new MovableClock(start);
        var classPath = TermsTexts.onClassPath(properties.contact());
        terms = new TermsVersions(
                jdbc,
                (number, language) -> number == 1
                        ? classPath.text(number, language)
                        : Optional.of("# Terms " + number + " " + language.tag() + "\n## 1. Scope\nVersion " + number
                                + " of the terms.\n- one item\n- another item\n"),
                clock);
    }

    @Test
    void theFirstVersionIsInEffectWithItsTextSealedInBothLanguages() {
        assertThat(inEffect.version(1))
                .get()
                .satisfies(first -> assertThat(first.publishedAt()).isBefore(first.effectiveAt()));
        var zh = inEffect.document(1, PolicyLanguage.ZH_CN).orElseThrow();
        var en = inEffect.document(1, PolicyLanguage.EN).orElseThrow();
        assertThat(zh.title()).isEqualTo("Escapement 用户协议");
        assertThat(en.title()).isEqualTo("Escapement terms of service");
        assertThat(zh.sections()).hasSize(11).hasSameSizeAs(en.sections());
        assertThat(zh.sections().get(1).blocks())
                .first()
                .satisfies(block -> assertThat(block.items()).hasSize(4));
        assertThat(jdbc.sql("select count(*) from policy.terms_text where version = 1")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(inEffect.rewrittenSincePublication()).doesNotContain(1);
        var rewritten = new TermsVersions(jdbc, (number, language) -> Optional.of("# Rewritten"), clock);
        assertThat(rewritten.rewrittenSincePublication()).contains(1);
    }

    @Test
    void publishesTheNextWrittenVersionThatTakesEffectOnItsDate() {
        int before = terms.effectiveVersion(start);
        assertThat(terms.nextWritten()).hasValue(before + 1);

        var published = terms.publish("新增条款。", "A new clause.", start.plus(DAY));

        assertThat(published.number()).isEqualTo(before + 1);
        assertThat(published.publishedAt()).isEqualTo(start);
        assertThat(terms.effectiveVersion(start)).isEqualTo(before);
        assertThat(terms.effectiveVersion(start.plus(DAY))).isEqualTo(published.number());
        assertThat(terms.document(published.number(), PolicyLanguage.EN)).get().satisfies(document -> {
            assertThat(document.title()).isEqualTo("Terms " + published.number() + " en");
            assertThat(document.sections().get(0).blocks())
                    .extracting(TermsDocument.Block::kind)
                    .containsExactly("paragraph", "list");
        });
        assertThat(terms.published()).last().isEqualTo(published);
    }

    @Test
    void refusesAVersionThatIsUnwrittenBackdatedOrUnsummarised() {
        var unwritten = new TermsVersions(jdbc, (number, language) -> Optional.empty(), clock);
        assertThat(unwritten.nextWritten()).isEmpty();
        assertThatThrownBy(() -> unwritten.publish("改", "Change", start.plus(DAY)))
                .isInstanceOf(PolicyVersionRefused.class)
                .hasMessageContaining("not written yet");
        assertThatThrownBy(() -> terms.publish("改", "Change", start))
                .isInstanceOf(PolicyVersionRefused.class)
                .hasMessageContaining("published before it takes effect");
        assertThatThrownBy(() -> terms.publish(" ", "Change", start.plus(DAY)))
                .isInstanceOf(PolicyVersionRefused.class);
        terms.publish("改", "Change", start.plus(DAY));
        assertThatThrownBy(() -> terms.publish("再改", "Change again", start.plus(Duration.ofHours(12))))
                .isInstanceOf(PolicyVersionRefused.class)
                .hasMessageContaining("must take effect after version");
    }

    @Test
    void aPublishedVersionAndItsSealedTextNeverChange() {
        var published = terms.publish("改", "Change", start.plus(DAY));
        assertThatThrownBy(() -> jdbc.sql("update policy.terms_version set summary_en = 'x' where number = :n")
                        .param("n", published.number())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from policy.terms_version where number = :n")
                        .param("n", published.number())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update policy.terms_text set body = 'x' where version = :n")
                        .param("n", published.number())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(terms.version(published.number())).contains(published);
    }

    @Test
    void acceptsOnlyTheVersionInEffectAndKeepsTheFirstAcceptance() {
        var subject = UUID.randomUUID();
        int current = terms.effectiveVersion(start);
        var next = terms.publish("改", "Change", start.plus(DAY));

        assertThatThrownBy(() -> terms.accept(subject, next.number(), AcceptanceChannel.WEB, TermsOccasion.CHECKOUT))
                .isInstanceOf(PolicyVersionRefused.class)
                .hasMessageContaining("cannot be accepted before then");
        var signedUp = terms.accept(subject, current, AcceptanceChannel.WEB, TermsOccasion.SIGN_UP);
        assertThat(terms.hasAcceptedVersionInEffect(subject)).isTrue();

        clock.set(start.plus(DAY));
        assertThat(terms.hasAcceptedVersionInEffect(subject)).isFalse();
        assertThatThrownBy(() -> terms.accept(subject, current, AcceptanceChannel.WEB, TermsOccasion.CHECKOUT))
                .isInstanceOf(PolicyVersionRefused.class)
                .hasMessageContaining("replaced by version " + next.number());
        assertThatThrownBy(() -> terms.accept(subject, 9999, AcceptanceChannel.WEB, TermsOccasion.CHECKOUT))
                .isInstanceOf(PolicyVersionRefused.class);

        var atCheckout = terms.acceptInEffect(subject, AcceptanceChannel.APP, TermsOccasion.CHECKOUT);
        clock.set(start.plus(DAY).plusSeconds(60));
        var again = terms.acceptInEffect(subject, AcceptanceChannel.WEB, TermsOccasion.CHECKOUT);

        assertThat(again).isEqualTo(atCheckout);
        assertThat(terms.hasAcceptedVersionInEffect(subject)).isTrue();
        assertThat(terms.acceptances(subject)).containsExactly(signedUp, atCheckout);
        assertThat(atCheckout.version()).isEqualTo(next.number());
        assertThat(atCheckout.channel()).isEqualTo(AcceptanceChannel.APP);
        assertThat(atCheckout.occasion()).isEqualTo(TermsOccasion.CHECKOUT);
    }
}

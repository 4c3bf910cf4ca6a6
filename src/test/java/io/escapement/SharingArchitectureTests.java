package io.escapement;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.escapement.policy.Recipient;
import io.escapement.policy.Recipients;
import io.escapement.privacy.Region;
import io.escapement.sharing.LeakingAdapters;
import io.escapement.sharing.OutboundAdapter;
import java.net.Socket;
import java.net.URLConnection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps S-1 in the code: only an {@link OutboundAdapter} talks to a company outside the platform
 * (HTTP clients, sockets, mail senders), an adapter names a registered recipient, and it gets
 * what it sends from the sharing gateway's {@code Shared}, never from the vault. Each rule is also
 * run against deliberately bad classes in the test sources ({@link LeakingAdapters}), to show that
 * it catches them.
 */
class SharingArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.escapement");

    static final JavaClasses BAD = new ClassFileImporter()
            .importPackagesOf(LeakingAdapters.class)
            .that(DescribedPredicate.describe(
                    "the bad adapters", type -> type.getName().startsWith(LeakingAdapters.class.getName())));

    /** The recipient ids an adapter may name: the registry's, with the payment sandbox. */
    static final Set<String> RECIPIENTS = Recipients.registered(Region.MAINLAND_CHINA, true).all().stream()
            .map(Recipient::id)
            .collect(Collectors.toSet());

    /** A class, or a class nested in one, marked {@link OutboundAdapter}. */
    static final DescribedPredicate<JavaClass> AN_OUTBOUND_ADAPTER = DescribedPredicate.describe(
            "an @OutboundAdapter", type -> adapter(type).isPresent());

    static final DescribedPredicate<JavaClass> OUTBOUND_CLIENTS = resideInAnyPackage(
                    "java.net.http..",
                    "org.springframework.web.client..",
                    "org.springframework.mail..",
                    "jakarta.mail..",
                    "okhttp3..")
            .or(assignableTo(URLConnection.class))
            .or(assignableTo(Socket.class))
            .as("HTTP clients, sockets or mail senders");

    static final ArchRule ONLY_ADAPTERS_SEND = noClasses()
            .that(DescribedPredicate.not(AN_OUTBOUND_ADAPTER))
            .should()
            .dependOnClassesThat(OUTBOUND_CLIENTS)
            .because("personal information leaves the platform only through the sharing gateway's adapters (S-1)");

    static final ArchRule ADAPTERS_SEND_ONLY_WHAT_WAS_SHARED = noClasses()
            .that(AN_OUTBOUND_ADAPTER)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.escapement.vault..")
            .because("an adapter sends only what the gateway let through, a Shared, never a vault value")
            .allowEmptyShould(true);

    static final ArchRule ADAPTERS_NAME_A_REGISTERED_RECIPIENT = classes()
            .that()
            .areAnnotatedWith(OutboundAdapter.class)
            .should(nameARegisteredRecipient())
            .allowEmptyShould(true);

    @Test
    void onlyOutboundAdaptersUseHttpClientsSocketsOrMailSenders() {
        ONLY_ADAPTERS_SEND.check(CLASSES);
    }

    @Test
    void outboundAdaptersNeverReadTheVault() {
        ADAPTERS_SEND_ONLY_WHAT_WAS_SHARED.check(CLASSES);
    }

    @Test
    void outboundAdaptersNameARegisteredRecipient() {
        ADAPTERS_NAME_A_REGISTERED_RECIPIENT.check(CLASSES);
    }

    @Test
    void catchesAClassThatSendsAVaultValueWithoutBeingAnAdapter() {
        var report = ONLY_ADAPTERS_SEND.evaluate(BAD).getFailureReport().getDetails();
        assertThat(report)
                .anySatisfy(line -> assertThat(line)
                        .contains(LeakingAdapters.MailsAVaultValue.class.getName())
                        .contains("java.net.http.HttpClient"));
        assertThat(report)
                .as("an adapter and the classes nested in it may use a client")
                .noneMatch(line -> line.contains(LeakingAdapters.SendsOnlyWhatWasShared.class.getName()));
    }

    @Test
    void catchesAnAdapterThatReadsTheVault() {
        var report = ADAPTERS_SEND_ONLY_WHAT_WAS_SHARED
                .evaluate(BAD)
                .getFailureReport()
                .getDetails();
        assertThat(report)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(LeakingAdapters.ReadsTheVault.class.getName()));
    }

    @Test
    void catchesAnAdapterOfAnUnregisteredRecipient() {
        var report = ADAPTERS_NAME_A_REGISTERED_RECIPIENT
                .evaluate(BAD)
                .getFailureReport()
                .getDetails();
        assertThat(report)
                .singleElement()
                .asString()
                .contains(LeakingAdapters.ToAnUnregisteredRecipient.class.getName(), "data-broker");
    }

    private static Optional<String> adapter(JavaClass type) {
        var annotation = type.tryGetAnnotationOfType(OutboundAdapter.class.getName());
        if (annotation.isPresent()) {
            return annotation.get().get("value").map(Object::toString);
        }
        return type.getEnclosingClass().flatMap(SharingArchitectureTests::adapter);
    }

    private static ArchCondition<JavaClass> nameARegisteredRecipient() {
        return new ArchCondition<>("name a recipient registered in the policy (or the payment sandbox)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                var recipient = adapter(type).orElse("");
                events.add(new SimpleConditionEvent(
                        type,
                        RECIPIENTS.contains(recipient),
                        type.getName() + " is an @OutboundAdapter of '" + recipient
                                + "', which is not a registered recipient"));
            }
        };
    }
}

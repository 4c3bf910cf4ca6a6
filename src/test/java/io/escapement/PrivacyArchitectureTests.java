package io.escapement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.escapement.ModuleRole.Role;
import io.escapement.privacy.Masked;
import io.escapement.privacy.PersonalData;
import io.escapement.search.ListingsSearched;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.transaction.event.TransactionalEventListener;

/** The privacy rules of STYLE.md that module boundaries alone do not express. */
class PrivacyArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.escapement");

    static final ApplicationModules MODULES = ModularityTests.modules;

    static final Pattern PERSONAL_COLUMN = Pattern.compile(
            "(?i)^\\s*(\\w*(phone|mobile|email|e_mail|id_number|id_card|birthday|birth_date|address|latitude|longitude"
                    + "|real_name|contact_name|full_name)\\w*)\\s+\\w+");

    /**
     * The vault alone encrypts and keeps keys. The other places are the payment providers' protocol
     * adapters, which sign, verify and decrypt what their provider's protocol dictates, and the
     * shipping sandbox carrier's adapter, which signs and verifies its tracking pushes (ADR 43).
     */
    @Test
    void onlyTheVaultHandlesKeysAndCryptography() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "io.escapement.vault..",
                        "io.escapement.payment.alipay..",
                        "io.escapement.payment.wechat..",
                        "io.escapement.payment.unionpay..",
                        "io.escapement.payment.sandbox..",
                        "io.escapement.shipping.sandbox..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javax.crypto..", "com.google.crypto.tink..")
                .check(CLASSES);
    }

    /** Keeps the house rule that privacy never leans on commerce, for every module by its declared role. */
    @Test
    void privacyModulesNeverDependOnCommerceModules() {
        var offences = new ArrayList<String>();
        for (var module : MODULES) {
            if (role(module) == Role.COMMERCE) {
                continue;
            }
            module.getDirectDependencies(MODULES)
                    .uniqueModules()
                    .filter(target -> role(target) == Role.COMMERCE)
                    .forEach(target ->
                            offences.add(module.getName() + " (" + role(module) + ") -> " + target.getName()));
        }
        assertThat(offences)
                .as("non-commerce modules depending on commerce modules")
                .isEmpty();
    }

    @Test
    void everyModuleDeclaresItsRole() {
        assertThat(MODULES.stream()
                        .filter(module -> module.getBasePackage()
                                .getAnnotation(ModuleRole.class)
                                .isEmpty())
                        .map(ApplicationModule::getName))
                .as("modules without @ModuleRole on their package-info.java")
                .isEmpty();
        assertThat(MODULES.stream()
                        .filter(module -> role(module) == Role.PRIVACY)
                        .map(ApplicationModule::getName))
                .contains("privacy", "vault", "audit", "policy", "consent", "account");
    }

    private static Role role(ApplicationModule module) {
        return module.getBasePackage()
                .getAnnotation(ModuleRole.class)
                .map(ModuleRole::value)
                .orElseThrow(() -> new AssertionError(module.getName() + " declares no @ModuleRole"));
    }

    /** Events are records named in the past tense (OrderPlaced); they carry ids, never personal data. */
    @Test
    void eventsCarryNoPersonalData() {
        fields().that()
                .areDeclaredInClassesThat()
                .haveSimpleNameEndingWith("ed")
                .should()
                .notHaveRawType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a personal-information type", type -> type.isAssignableTo(Masked.class)))
                .andShould()
                .notBeAnnotatedWith(PersonalData.class)
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /**
     * A search's query is a signed-in buyer's search history: only synchronous listeners handle it,
     * so the event publication registry never stores it in plain text (ADR 29).
     */
    @Test
    void searchesAreHandledOnlyBySynchronousListeners() {
        methods()
                .that()
                .haveRawParameterTypes(ListingsSearched.class)
                .should()
                .beAnnotatedWith(EventListener.class)
                .andShould()
                .notBeMetaAnnotatedWith(TransactionalEventListener.class)
                .check(CLASSES);
    }

    @Test
    void noTableOutsideTheVaultHasAPlaintextPersonalColumn() throws IOException {
        var offenders = new ArrayList<String>();
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (var file : files.sorted().toList()) {
                String table = null;
                for (var line : Files.readAllLines(file)) {
                    var create =
                            Pattern.compile("(?i)create table (\\w+)\\.(\\w+)").matcher(line);
                    var alter = Pattern.compile("(?i)alter table (\\w+)\\.(\\w+) add column (.*)")
                            .matcher(line);
                    if (create.find()) {
                        table = create.group(1) + "." + create.group(2);
                    } else if (alter.find()) {
                        check(file, alter.group(1) + "." + alter.group(2), alter.group(3), offenders);
                    } else if (table != null) {
                        check(file, table, line, offenders);
                    }
                }
            }
        }
        assertThat(offenders).as("personal information belongs in the vault").isEmpty();
    }

    private static void check(Path file, String table, String columnDefinition, ArrayList<String> offenders) {
        var column = PERSONAL_COLUMN.matcher(columnDefinition);
        if (column.find() && !table.startsWith("vault.")) {
            offenders.add(file.getFileName() + ": " + table + "." + column.group(1));
        }
    }
}

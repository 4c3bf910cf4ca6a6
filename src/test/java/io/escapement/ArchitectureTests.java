package io.escapement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** House rules that module boundaries alone do not express (see STYLE.md). */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.escapement");

    @Test
    void domainCodeDoesNotImportWebTypes() {
        noClasses()
                .that()
                .resideInAnyPackage("io.escapement.catalog", "io.escapement.merchant", "io.escapement.demo")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.springframework.http..")
                .check(CLASSES);
    }

    @Test
    void nothingButThePlatformTouchesTheEmbeddedDatabaseOrTls() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.escapement.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.zonky..", "org.bouncycastle..", "org.apache.catalina..")
                .check(CLASSES);
    }
}

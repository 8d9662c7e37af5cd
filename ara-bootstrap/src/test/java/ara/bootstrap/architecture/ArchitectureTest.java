package ara.bootstrap.architecture;

import ara.bootstrap.architecture.ArchitectureRules.Rule;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** ARA's own production classes, from every module, checked against every architecture rule. */
class ArchitectureTest {
    private static final String ROOT = "ara";
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** A module missing from bootstrap's test class path would escape every rule, so each must be seen. */
    @ParameterizedTest
    @ValueSource(strings = {"ara.domain.scoring", "ara.application.service.audit", "ara.application.port.out.audit",
            "ara.atrest.seal", "ara.adapter.web", "ara.adapter.persistence.jdbi", "ara.adapter.redis",
            "ara.adapter.memory", "ara.adapter.catalog", "ara.adapter.storage.s3", "ara.adapter.report.pdf",
            "ara.adapter.identity.jwt", "ara.adapter.assistant.openai", "ara.adapter.telemetry", "ara.adapter.mail.smtp",
            "ara.application.mail", "ara.adapter.webhook", "ara.domain.webhook", "ara.bootstrap"})
    void importsClassesOfEveryModule(String packageName) {
        assertThat(classes.containPackage(packageName)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void araFollows(Rule rule) {
        rule.over(ROOT).check(classes);
    }
}

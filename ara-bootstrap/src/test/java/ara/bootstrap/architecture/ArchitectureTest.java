package ara.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ARA's own production classes, from every module, checked against the architecture rules. */
class ArchitectureTest {
    private static final String ROOT = "ara";
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void importsClassesOfEveryRing() {
        assertThat(classes.containPackage("ara.domain.scoring")).isTrue();
        assertThat(classes.containPackage("ara.application.service.audit")).isTrue();
        assertThat(classes.containPackage("ara.bootstrap")).isTrue();
    }

    @Test
    void domainDependsOnlyOnJava() {
        ArchitectureRules.domainDependsOnlyOnJava(ROOT).check(classes);
    }

    @Test
    void applicationDependsOnlyOnDomainAndJava() {
        ArchitectureRules.applicationDependsOnlyOnDomainAndJava(ROOT).check(classes);
    }

    @Test
    void portsDependOnlyOnDomainAndJava() {
        ArchitectureRules.portsDependOnlyOnDomainAndJava(ROOT).check(classes);
    }

    @Test
    void inboundAndOutboundPortsAreIndependent() {
        ArchitectureRules.inboundPortsIndependentOfOutboundPorts(ROOT).check(classes);
        ArchitectureRules.outboundPortsIndependentOfInboundPorts(ROOT).check(classes);
    }

    @Test
    void portsDoNotDependOnServices() {
        ArchitectureRules.portsDoNotDependOnServices(ROOT).check(classes);
    }

    @Test
    void adaptersDoNotDependOnServices() {
        ArchitectureRules.adaptersDoNotDependOnServices(ROOT).check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT).check(classes);
    }

    @Test
    void nothingDependsOnBootstrap() {
        ArchitectureRules.nothingDependsOnBootstrap(ROOT).check(classes);
    }

    @Test
    void conceptSlicesAreFreeOfCycles() {
        ArchitectureRules.domainConceptsFreeOfCycles(ROOT).check(classes);
        ArchitectureRules.applicationConceptsFreeOfCycles(ROOT).check(classes);
    }

    @Test
    void namingRules() {
        ArchitectureRules.useCasesAreInterfacesNamedUseCase(ROOT).check(classes);
        ArchitectureRules.inboundPortsHoldOnlyUseCasesCommandsQueriesAndFailures(ROOT).check(classes);
        ArchitectureRules.servicesImplementUseCases(ROOT).check(classes);
        ArchitectureRules.outboundPortsHaveNoPortSuffix(ROOT).check(classes);
    }

    @Test
    void codingRules() {
        ArchitectureRules.noStandardStreams().check(classes);
        ArchitectureRules.noGenericExceptions().check(classes);
        ArchitectureRules.loggersArePrivateStaticFinal().check(classes);
    }
}

package ara.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules ARA is checked with really fail: each runs against a planted violation in {@code ara.archfixture}. */
class ArchitectureRulesCatchViolationsTest {
    private static final String ROOT = "ara.archfixture";
    private static JavaClasses planted;

    @BeforeAll
    static void importPlantedViolations() {
        planted = new ClassFileImporter().importPackages(ROOT);
    }

    private static void assertCaught(ArchRule rule, String offender) {
        assertThatThrownBy(() -> rule.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(offender);
    }

    @Test
    void catchesDomainDependingOnAnAdapter() {
        assertCaught(ArchitectureRules.domainDependsOnlyOnJava(ROOT), "LeakyEntity");
    }

    @Test
    void catchesInboundPortDependingOnOutboundPort() {
        assertCaught(ArchitectureRules.inboundPortsIndependentOfOutboundPorts(ROOT), "FetchThingUseCase");
    }

    @Test
    void catchesAdapterDependingOnService() {
        assertCaught(ArchitectureRules.adaptersDoNotDependOnServices(ROOT), "ThingRepository");
    }

    @Test
    void catchesAdaptersDependingOnEachOther() {
        assertCaught(ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT), "ThingHandler");
    }

    @Test
    void catchesNamingViolations() {
        assertCaught(ArchitectureRules.servicesImplementUseCases(ROOT), "LooseService");
        assertCaught(ArchitectureRules.outboundPortsHaveNoPortSuffix(ROOT), "ThingStorePort");
        assertCaught(ArchitectureRules.inboundPortsHoldOnlyUseCasesCommandsQueriesAndFailures(ROOT), "ThingHelper");
    }

    @Test
    void rulesFailWhenTheyMatchNothing() {
        assertCaught(ArchitectureRules.useCasesAreInterfacesNamedUseCase("ara.nothing.here"), "ara.nothing.here");
    }
}

package ara.bootstrap.architecture;

import ara.bootstrap.architecture.ModuleInfo.Exports;
import ara.bootstrap.architecture.ModuleInfo.Requires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** The JPMS rules really fail: each runs against module declarations that break it, and against no module at all. */
class ArchitectureModulesCatchViolationsTest {

    /** A miniature ARA whose module declarations break every rule once. */
    private static final List<ModuleInfo> PLANTED = Stream.of("""
            /** Violation: the domain needs a logging library. */
            module ara.domain {
                requires org.slf4j;
            }
            """, """
            @SuppressWarnings("module")
            module ara.application {
                requires transitive ara.domain;
                // Violation: tracing reaches into the ring.
                requires io.opentelemetry.api;

                exports ara.application.port.in.thing;
                // Violation: services are reached only through the composition root.
                exports ara.application.service.thing;
            }
            """, """
            module ara.adapter.persistence {
                requires ara.application;
                exports ara.adapter.persistence to ara.bootstrap;
            }
            """, """
            module ara.adapter.redis {
                requires ara.application;
                // Violation: one adapter module requiring another.
                requires ara.adapter.persistence;
                // Violation: an adapter package open to every module.
                exports ara.adapter.redis;
            }
            """, """
            module ara.adapter.web {
                requires ara.application;
                // Violation: an adapter package exported to another adapter.
                exports ara.adapter.web to ara.bootstrap,
                        ara.adapter.report;
            }
            """, """
            /* Violation: a support module requiring an adapter. */
            module ara.atrest {
                requires ara.domain;
                requires ara.adapter.memory;
            }
            """, """
            module ara.bootstrap {
                requires ara.adapter.persistence;
                requires ara.adapter.redis;
                requires ara.adapter.web;
            }
            """).map(ModuleInfo::parse).toList();

    private static final Map<ModuleRule, List<String>> CAUGHT = new EnumMap<>(Map.ofEntries(
            entry(ModuleRule.DOMAIN_REQUIRES_NO_MODULE, List.of("ara.domain requires org.slf4j")),
            entry(ModuleRule.APPLICATION_REQUIRES_ONLY_THE_DOMAIN,
                    List.of("ara.application requires io.opentelemetry.api")),
            entry(ModuleRule.SERVICES_EXPORTED_ONLY_TO_BOOTSTRAP,
                    List.of("ara.application exports ara.application.service.thing to every module")),
            entry(ModuleRule.NO_ADAPTER_REQUIRES_ANOTHER_ADAPTER,
                    List.of("ara.adapter.redis requires ara.adapter.persistence")),
            entry(ModuleRule.ONLY_BOOTSTRAP_REQUIRES_ADAPTERS, List.of("ara.adapter.redis requires "
                    + "ara.adapter.persistence", "ara.atrest requires ara.adapter.memory")),
            entry(ModuleRule.ADAPTER_PACKAGES_EXPORTED_ONLY_TO_BOOTSTRAP, List.of(
                    "ara.adapter.redis exports ara.adapter.redis to every module",
                    "ara.adapter.web exports ara.adapter.web to ara.bootstrap, ara.adapter.report"))));

    @Test
    void readsNameRequiresAndExportsPastCommentsAndAnnotations() {
        ModuleInfo application = PLANTED.get(1);

        assertThat(application.name()).isEqualTo("ara.application");
        assertThat(application.requires()).containsExactly(new Requires("ara.domain", true, false),
                new Requires("io.opentelemetry.api", false, false));
        assertThat(application.exports()).containsExactly(new Exports("ara.application.port.in.thing", List.of()),
                new Exports("ara.application.service.thing", List.of()));
        assertThat(PLANTED.get(4).exports()).containsExactly(
                new Exports("ara.adapter.web", List.of("ara.bootstrap", "ara.adapter.report")));
    }

    @Test
    void everyRuleHasAPlantedViolation() {
        assertThat(CAUGHT).containsOnlyKeys(ModuleRule.values());
    }

    @ParameterizedTest
    @EnumSource(ModuleRule.class)
    void catchesItsPlantedViolations(ModuleRule rule) {
        assertThat(rule.violations(PLANTED)).containsExactlyInAnyOrderElementsOf(CAUGHT.get(rule));
    }

    @ParameterizedTest
    @EnumSource(ModuleRule.class)
    void failsWhenItFindsNoModule(ModuleRule rule) {
        assertThat(rule.violations(List.of())).singleElement().asString().startsWith("no module");
    }
}

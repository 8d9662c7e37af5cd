package ara.bootstrap.architecture;

import ara.bootstrap.architecture.ArchitectureRules.Rule;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules ARA is checked with really fail: each runs against its planted violation in {@code ara.archfixture}, a
 * miniature ARA, and against a package that holds nothing.
 */
class ArchitectureRulesCatchViolationsTest {
    private static final String ROOT = "ara.archfixture";

    /** Each rule and the class (or package) in ara.archfixture planted to break it. */
    private static final Map<Rule, String> PLANTED = new EnumMap<>(Map.ofEntries(
            entry(Rule.DOMAIN_DEPENDS_ONLY_ON_JAVA, "domain.LeakyEntity"),
            entry(Rule.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_JAVA, "service.thing.TracingFetchThingService"),
            entry(Rule.PORTS_DEPEND_ONLY_ON_DOMAIN_AND_JAVA, "port.out.thing.ThingTracer"),
            entry(Rule.INBOUND_PORTS_INDEPENDENT_OF_OUTBOUND_PORTS, "port.in.thing.FetchThingUseCase"),
            entry(Rule.OUTBOUND_PORTS_INDEPENDENT_OF_INBOUND_PORTS, "port.out.thing.ThingFeed"),
            entry(Rule.PORTS_DO_NOT_DEPEND_ON_SERVICES, "port.in.thing.ListThingsUseCase"),
            entry(Rule.ADAPTERS_DO_NOT_DEPEND_ON_SERVICES, "adapter.persistence.ThingRepository"),
            entry(Rule.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, "adapter.redis.RedisThingCache"),
            entry(Rule.AT_REST_ONLY_FOR_PERSISTENCE_REDIS_AND_BOOTSTRAP, "adapter.web.SealedThingHandler"),
            entry(Rule.NOTHING_DEPENDS_ON_BOOTSTRAP, "adapter.web.ConfiguredThingHandler"),
            entry(Rule.DOMAIN_CONCEPTS_FREE_OF_CYCLES, "domain.gadget.Gadget"),
            entry(Rule.APPLICATION_CONCEPTS_FREE_OF_CYCLES, "port.out.gadget.GadgetStore"),
            entry(Rule.SERVICE_PACKAGES_MIRROR_INBOUND_PORT_PACKAGES, "service.orphan.OrphanService"),
            entry(Rule.APPLICATION_PACKAGES_ARE_SMALL, "package ara.archfixture.application.port.in.crowd holds 26"),
            entry(Rule.USE_CASES_ARE_INTERFACES, "port.in.thing.CountThingsUseCase"),
            entry(Rule.USE_CASES_RESIDE_IN_INBOUND_PORTS, "service.thing.RenameThingUseCase"),
            entry(Rule.INBOUND_PORTS_HOLD_ONLY_USE_CASES_COMMANDS_QUERIES_VIEWS_AND_FAILURES,
                    "port.in.thing.ThingHelper"),
            entry(Rule.SERVICES_IMPLEMENT_USE_CASES, "service.thing.LooseService"),
            entry(Rule.SERVICES_RESIDE_IN_SERVICE_PACKAGES, "adapter.web.WebThingService"),
            entry(Rule.OUTBOUND_PORTS_HAVE_NO_PORT_SUFFIX, "port.out.thing.ThingStorePort"),
            entry(Rule.ADAPTERS_ARE_NAMED_TECHNOLOGY_FIRST, "adapter.persistence.ThingStoreImpl"),
            entry(Rule.NO_STANDARD_STREAMS, "adapter.web.ConsoleThingHandler"),
            entry(Rule.NO_GENERIC_EXCEPTIONS, "adapter.web.GenericFailureHandler"),
            entry(Rule.LOGGERS_ARE_PRIVATE_STATIC_FINAL, "adapter.web.SharedLoggerHandler")));

    private static JavaClasses planted;

    @BeforeAll
    static void importPlantedViolations() {
        planted = new ClassFileImporter().importPackages(ROOT);
    }

    @Test
    void everyRuleHasAPlantedViolation() {
        assertThat(PLANTED).containsOnlyKeys(Rule.values());
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void catchesItsPlantedViolation(Rule rule) {
        assertThatThrownBy(() -> rule.over(ROOT).check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(PLANTED.get(rule));
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void failsWhenItMatchesNothing(Rule rule) {
        assertThatThrownBy(() -> rule.over("ara.nothing.here").check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void letsPersistenceAndRedisUseTheAtRestSupportModule() {
        assertThatThrownBy(() -> Rule.AT_REST_ONLY_FOR_PERSISTENCE_REDIS_AND_BOOTSTRAP.over(ROOT).check(planted))
                .hasMessageNotContaining("RedisThingCache");
    }
}

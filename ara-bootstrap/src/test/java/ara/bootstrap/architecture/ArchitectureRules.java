package ara.bootstrap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules of ARA (see CONVENTIONS.md), each parameterised by the root package so that the same rule
 * runs against ARA itself ({@code ara}) and against planted violations ({@code ara.archfixture}). {@link Rule} lists
 * them all; no rule may pass vacuously ({@code allowEmptyShould(false)}).
 */
final class ArchitectureRules {
    /** The most top-level classes one package of the application ring may hold (issue 14: "about 25 files"). */
    static final int MAX_CLASSES_PER_APPLICATION_PACKAGE = 25;
    private static final Pattern CONCEPT_PACKAGE = Pattern.compile("(service|port\\.in|port\\.out)\\.(\\w+)(\\..*)?");
    private static final Set<String> LOGGERS = Set.of("org.slf4j.Logger", System.Logger.class.getName());

    private ArchitectureRules() {
    }

    /** Every rule, by name: the tests run each over ARA, over the planted violations and over nothing. */
    enum Rule {
        DOMAIN_DEPENDS_ONLY_ON_JAVA(ArchitectureRules::domainDependsOnlyOnJava),
        APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_JAVA(ArchitectureRules::applicationDependsOnlyOnDomainAndJava),
        PORTS_DEPEND_ONLY_ON_DOMAIN_AND_JAVA(ArchitectureRules::portsDependOnlyOnDomainAndJava),
        INBOUND_PORTS_INDEPENDENT_OF_OUTBOUND_PORTS(ArchitectureRules::inboundPortsIndependentOfOutboundPorts),
        OUTBOUND_PORTS_INDEPENDENT_OF_INBOUND_PORTS(ArchitectureRules::outboundPortsIndependentOfInboundPorts),
        PORTS_DO_NOT_DEPEND_ON_SERVICES(ArchitectureRules::portsDoNotDependOnServices),
        ADAPTERS_DO_NOT_DEPEND_ON_SERVICES(ArchitectureRules::adaptersDoNotDependOnServices),
        ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER(ArchitectureRules::adaptersDoNotDependOnEachOther),
        AT_REST_ONLY_FOR_PERSISTENCE_REDIS_AND_BOOTSTRAP(ArchitectureRules::atRestOnlyForPersistenceRedisAndBootstrap),
        NOTHING_DEPENDS_ON_BOOTSTRAP(ArchitectureRules::nothingDependsOnBootstrap),
        DOMAIN_CONCEPTS_FREE_OF_CYCLES(ArchitectureRules::domainConceptsFreeOfCycles),
        APPLICATION_CONCEPTS_FREE_OF_CYCLES(ArchitectureRules::applicationConceptsFreeOfCycles),
        SERVICE_PACKAGES_MIRROR_INBOUND_PORT_PACKAGES(ArchitectureRules::servicePackagesMirrorInboundPortPackages),
        APPLICATION_PACKAGES_ARE_SMALL(ArchitectureRules::applicationPackagesAreSmall),
        USE_CASES_ARE_INTERFACES(ArchitectureRules::useCasesAreInterfaces),
        USE_CASES_RESIDE_IN_INBOUND_PORTS(ArchitectureRules::useCasesResideInInboundPorts),
        INBOUND_PORTS_HOLD_ONLY_USE_CASES_COMMANDS_QUERIES_VIEWS_AND_FAILURES(
                ArchitectureRules::inboundPortsHoldOnlyUseCasesCommandsQueriesViewsAndFailures),
        SERVICES_IMPLEMENT_USE_CASES(ArchitectureRules::servicesImplementUseCases),
        SERVICES_RESIDE_IN_SERVICE_PACKAGES(ArchitectureRules::servicesResideInServicePackages),
        OUTBOUND_PORTS_HAVE_NO_PORT_SUFFIX(ArchitectureRules::outboundPortsHaveNoPortSuffix),
        ADAPTERS_ARE_NAMED_TECHNOLOGY_FIRST(ArchitectureRules::adaptersAreNamedTechnologyFirst),
        NO_STANDARD_STREAMS(ArchitectureRules::noStandardStreams),
        NO_GENERIC_EXCEPTIONS(ArchitectureRules::noGenericExceptions),
        LOGGERS_ARE_PRIVATE_STATIC_FINAL(ArchitectureRules::loggersArePrivateStaticFinal);

        private final Function<String, ArchRule> definition;

        Rule(Function<String, ArchRule> definition) {
            this.definition = definition;
        }

        /** This rule over the classes under {@code root}; it fails when it matches no class. */
        ArchRule over(String root) {
            return definition.apply(root).allowEmptyShould(false);
        }
    }

    static ArchRule domainDependsOnlyOnJava(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java..")
                .because("the domain is pure Java");
    }

    static ArchRule applicationDependsOnlyOnDomainAndJava(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(root + ".application..", root + ".domain..", "java..")
                .because("use cases, ports and services know nothing of frameworks; tracing and metrics are "
                        + "decorators and an out-port implemented outside the ring (docs/adr/0012)");
    }

    static ArchRule portsDependOnlyOnDomainAndJava(String root) {
        return classes().that().resideInAPackage(root + ".application.port..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(root + ".application.port..", root + ".domain..", "java..")
                .because("the ports are the core's own words: no instrumentation API in them either");
    }

    static ArchRule inboundPortsIndependentOfOutboundPorts(String root) {
        return noClasses().that().resideInAPackage(root + ".application.port.in..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.port.out..");
    }

    static ArchRule outboundPortsIndependentOfInboundPorts(String root) {
        return noClasses().that().resideInAPackage(root + ".application.port.out..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.port.in..");
    }

    static ArchRule portsDoNotDependOnServices(String root) {
        return noClasses().that().resideInAPackage(root + ".application.port..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.service..");
    }

    static ArchRule adaptersDoNotDependOnServices(String root) {
        return noClasses().that().resideInAPackage(root + ".adapter..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.service..")
                .because("adapters talk to use-case interfaces, never to their implementations");
    }

    /** One slice per adapter module ({@code adapter.<technology>..}): none may use another's classes. */
    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.(*)..").should().notDependOnEachOther()
                .because("each adapter module is one technology; what two of them share lives in a support "
                        + "module (ara.atrest) or behind an out-port");
    }

    static ArchRule atRestOnlyForPersistenceRedisAndBootstrap(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + ".atrest..", root + ".adapter.persistence..",
                        root + ".adapter.redis..", root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + ".atrest..")
                .because("how personal data is kept at rest is the business of the stores that keep it");
    }

    static ArchRule nothingDependsOnBootstrap(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                .and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..");
    }

    static ArchRule domainConceptsFreeOfCycles(String root) {
        return slices().matching(root + ".domain.(*)..").should().beFreeOfCycles();
    }

    /**
     * One slice per concept package of the application ({@code service.report}, {@code port.out.storage}, …). A
     * service may use another concept's out-ports (reports are stored through {@code port.out.storage}), so the
     * layers of one concept are not merged into one slice; what may not happen is a cycle among the services, the
     * use cases or the out-ports of different concepts.
     */
    static ArchRule applicationConceptsFreeOfCycles(String root) {
        return slices().assignedFrom(applicationConcepts(root)).should().beFreeOfCycles();
    }

    static ArchRule servicePackagesMirrorInboundPortPackages(String root) {
        return classes().that().resideInAnyPackage(root + ".application.service..", root + ".application.port.in..")
                .should(resideInAServicePackageMirroringAnInboundPortPackage(root))
                .because("a reader finds the service of a use case where the use case is");
    }

    static ArchRule applicationPackagesAreSmall(String root) {
        return classes().that().resideInAPackage(root + ".application..").and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should(resideInAPackageOfAtMost(MAX_CLASSES_PER_APPLICATION_PACKAGE))
                .because("a package is read as a whole: split a crowded one by concept");
    }

    static ArchRule useCasesAreInterfaces(String root) {
        return classes().that().resideInAPackage(root + ".application.port.in..")
                .and().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces();
    }

    static ArchRule useCasesResideInInboundPorts(String root) {
        return classes().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("UseCase")
                .should().resideInAPackage(root + ".application.port.in..");
    }

    static ArchRule inboundPortsHoldOnlyUseCasesCommandsQueriesViewsAndFailures(String root) {
        return classes().that().resideInAPackage(root + ".application.port.in..")
                .and().areNotNestedClasses().and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameEndingWith("UseCase")
                .orShould().haveSimpleNameEndingWith("Command")
                .orShould().haveSimpleNameEndingWith("Query")
                .orShould().haveSimpleNameEndingWith("View")
                .orShould().beAssignableTo(RuntimeException.class);
    }

    static ArchRule servicesImplementUseCases(String root) {
        return classes().that().resideInAPackage(root + ".application.service..")
                .and().areTopLevelClasses().and().haveSimpleNameEndingWith("Service")
                .should(implementAUseCase());
    }

    static ArchRule servicesResideInServicePackages(String root) {
        return classes().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("Service")
                .should().resideInAPackage(root + ".application.service..");
    }

    static ArchRule outboundPortsHaveNoPortSuffix(String root) {
        return classes().that().resideInAPackage(root + ".application.port.out..").and().areInterfaces()
                .should().haveSimpleNameNotEndingWith("Port");
    }

    /** An adapter of an out-port is named technology first: {@code Jdbi|InMemory|Redis…} + the port's name. */
    static ArchRule adaptersAreNamedTechnologyFirst(String root) {
        return classes().that().resideInAPackage(root + ".adapter..").and().areTopLevelClasses()
                .and().implement(outboundPortOf(root))
                .should(beNamedTechnologyFirst(root));
    }

    static ArchRule noStandardStreams(String root) {
        // Operator commands (bin/ara token) print their output: the one place allowed to use the console.
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".bootstrap.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("services log through SLF4J; only operator commands write to the console");
    }

    static ArchRule noGenericExceptions(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
                .because("failures are specific types named for the fact");
    }

    static ArchRule loggersArePrivateStaticFinal(String root) {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .and().haveRawType(DescribedPredicate.describe("a logger", type -> LOGGERS.contains(type.getName())))
                .should().bePrivate().andShould().beStatic().andShould().beFinal()
                .because("loggers belong to their class");
    }

    /** The concept of a class of the application ring ({@code service.audit} → audit), if it has one. */
    private static Optional<Concept> conceptOf(String root, JavaClass item) {
        String prefix = root + ".application.";
        if (!item.getPackageName().startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher matcher = CONCEPT_PACKAGE.matcher(item.getPackageName().substring(prefix.length()));
        return matcher.matches() ? Optional.of(new Concept(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    private record Concept(String layer, String name) {
    }

    private static SliceAssignment applicationConcepts(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass item) {
                return conceptOf(root, item).map(c -> SliceIdentifier.of(c.layer() + "." + c.name()))
                        .orElse(SliceIdentifier.ignore());
            }

            @Override
            public String getDescription() {
                return "concept packages of " + root + ".application (service.<concept>, "
                        + "port.in.<concept>, port.out.<concept>)";
            }
        };
    }

    private static ArchCondition<JavaClass> resideInAServicePackageMirroringAnInboundPortPackage(String root) {
        return new ArchCondition<>("reside in a package service.<concept> with a matching port.in.<concept>") {
            private final Set<String> inboundConcepts = new HashSet<>();

            @Override
            public void init(Collection<JavaClass> all) {
                inboundConcepts.clear();
                all.forEach(item -> conceptOf(root, item).filter(c -> c.layer().equals("port.in"))
                        .ifPresent(c -> inboundConcepts.add(c.name())));
            }

            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (!item.getPackageName().startsWith(root + ".application.service")) {
                    return;
                }
                Optional<Concept> concept = conceptOf(root, item);
                if (concept.isEmpty() || !inboundConcepts.contains(concept.get().name())) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is in "
                            + item.getPackageName() + ", which matches no " + root
                            + ".application.port.in.<concept> package"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> resideInAPackageOfAtMost(int maxClasses) {
        return new ArchCondition<>("reside in a package of at most " + maxClasses + " top-level classes") {
            private final Map<String, Integer> classesPerPackage = new TreeMap<>();

            @Override
            public void init(Collection<JavaClass> all) {
                classesPerPackage.clear();
            }

            @Override
            public void check(JavaClass item, ConditionEvents events) {
                classesPerPackage.merge(item.getPackageName(), 1, Integer::sum);
            }

            @Override
            public void finish(ConditionEvents events) {
                classesPerPackage.forEach((name, count) -> events.add(new SimpleConditionEvent(name,
                        count <= maxClasses, "package " + name + " holds " + count + " top-level classes")));
            }
        };
    }

    private static DescribedPredicate<JavaClass> outboundPortOf(String root) {
        return JavaClass.Predicates.resideInAPackage(root + ".application.port.out..")
                .as("an out-port of " + root + ".application");
    }

    private static ArchCondition<JavaClass> beNamedTechnologyFirst(String root) {
        return new ArchCondition<>("be named <Technology><OutPort>, after an out-port they implement") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String name = item.getSimpleName();
                boolean named = item.getAllRawInterfaces().stream()
                        .filter(port -> port.getPackageName().startsWith(root + ".application.port.out"))
                        .map(JavaClass::getSimpleName)
                        .anyMatch(port -> name.endsWith(port) && name.length() > port.length()
                                && Character.isUpperCase(name.charAt(0)));
                if (!named) {
                    events.add(SimpleConditionEvent.violated(item, item.getName()
                            + " is not named <Technology><OutPort> after an out-port it implements"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> implementAUseCase() {
        return new ArchCondition<>("be final and implement an interface named ...UseCase") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean implementsUseCase = item.getAllRawInterfaces().stream()
                        .anyMatch(i -> i.getSimpleName().endsWith("UseCase"));
                if (!implementsUseCase || !item.getModifiers().contains(JavaModifier.FINAL)) {
                    events.add(SimpleConditionEvent.violated(item,
                            item.getName() + " must be final and implement a ...UseCase interface"));
                }
            }
        };
    }

}

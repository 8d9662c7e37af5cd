package ara.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules of ARA (see CONVENTIONS.md), each parameterised by the root package so that the same rule
 * runs against ARA itself and against planted violations. No rule may pass vacuously: ArchUnit's
 * {@code failOnEmptyShould} is left on.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
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

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.(*)..").should().notDependOnEachOther();
    }

    static ArchRule nothingDependsOnBootstrap(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                .and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..");
    }

    static ArchRule domainConceptsFreeOfCycles(String root) {
        return slices().matching(root + ".domain.(*)..").should().beFreeOfCycles();
    }

    static ArchRule applicationConceptsFreeOfCycles(String root) {
        return slices().matching(root + ".application.port.in.(*)..").should().beFreeOfCycles();
    }

    static ArchRule useCasesAreInterfacesNamedUseCase(String root) {
        return classes().that().resideInAPackage(root + ".application.port.in..")
                .and().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces();
    }

    static ArchRule inboundPortsHoldOnlyUseCasesCommandsQueriesAndFailures(String root) {
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

    static ArchRule outboundPortsHaveNoPortSuffix(String root) {
        return classes().that().resideInAPackage(root + ".application.port.out..").and().areInterfaces()
                .should().haveSimpleNameNotEndingWith("Port");
    }

    static ArchRule noStandardStreams() {
        // Operator commands (bin/ara token) print their output: the one place allowed to use the console.
        return noClasses().that().resideOutsideOfPackage("..bootstrap.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("services log through SLF4J; only operator commands write to the console");
    }

    static ArchRule noGenericExceptions() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
    }

    static ArchRule loggersArePrivateStaticFinal() {
        return fields().that().haveRawType("org.slf4j.Logger")
                .should().bePrivate().andShould().beStatic().andShould().beFinal()
                .because("loggers belong to their class");
    }

    private static ArchCondition<JavaClass> implementAUseCase() {
        return new ArchCondition<>("implement an interface named ...UseCase") {
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

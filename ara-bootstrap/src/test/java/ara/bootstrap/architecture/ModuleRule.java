package ara.bootstrap.architecture;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JPMS rules of ARA (see CONVENTIONS.md), over the {@code module-info.java} of every module. Each lists its
 * violations; a rule whose modules are missing reports that too, so that none passes vacuously.
 */
enum ModuleRule {
    DOMAIN_REQUIRES_NO_MODULE {
        @Override
        List<String> violations(Collection<ModuleInfo> modules) {
            return the(DOMAIN, modules).map(domain -> domain.requires().stream()
                    .map(r -> DOMAIN + " requires " + r.module()).toList())
                    .orElse(List.of("no module " + DOMAIN));
        }
    },
    APPLICATION_REQUIRES_ONLY_THE_DOMAIN {
        @Override
        List<String> violations(Collection<ModuleInfo> modules) {
            return the(APPLICATION, modules).map(application -> application.requires().stream()
                    .filter(r -> !r.module().equals(DOMAIN))
                    .map(r -> APPLICATION + " requires " + r.module()).toList())
                    .orElse(List.of("no module " + APPLICATION));
        }
    },
    SERVICES_EXPORTED_ONLY_TO_BOOTSTRAP {
        @Override
        List<String> violations(Collection<ModuleInfo> modules) {
            return the(APPLICATION, modules).map(application -> exportsBeyondBootstrap(application,
                    APPLICATION + ".service")).orElse(List.of("no module " + APPLICATION));
        }
    },
    NO_ADAPTER_REQUIRES_ANOTHER_ADAPTER {
        @Override
        List<String> violations(Collection<ModuleInfo> modules) {
            return orNoAdapter(modules, adapters(modules).flatMap(adapter -> adapter.requires().stream()
                    .filter(r -> isAdapter(r.module()))
                    .map(r -> adapter.name() + " requires " + r.module())));
        }
    },
    ONLY_BOOTSTRAP_REQUIRES_ADAPTERS {
        @Override
        List<String> violations(Collection<ModuleInfo> modules) {
            return orNoAdapter(modules, modules.stream().filter(m -> !m.name().equals(BOOTSTRAP))
                    .flatMap(module -> module.requires().stream()
                            .filter(r -> isAdapter(r.module()))
                            .map(r -> module.name() + " requires " + r.module())));
        }
    },
    ADAPTER_PACKAGES_EXPORTED_ONLY_TO_BOOTSTRAP {
        @Override
        List<String> violations(Collection<ModuleInfo> modules) {
            return orNoAdapter(modules, adapters(modules)
                    .flatMap(adapter -> exportsBeyondBootstrap(adapter, "").stream()));
        }
    };

    static final String DOMAIN = "ara.domain";
    static final String APPLICATION = "ara.application";
    static final String BOOTSTRAP = "ara.bootstrap";
    private static final String ADAPTER = "ara.adapter.";

    /** What breaks this rule among {@code modules}; empty when they follow it. */
    abstract List<String> violations(Collection<ModuleInfo> modules);

    private static Optional<ModuleInfo> the(String name, Collection<ModuleInfo> modules) {
        return modules.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    private static boolean isAdapter(String module) {
        return module.startsWith(ADAPTER);
    }

    private static Stream<ModuleInfo> adapters(Collection<ModuleInfo> modules) {
        return modules.stream().filter(m -> isAdapter(m.name()));
    }

    private static List<String> orNoAdapter(Collection<ModuleInfo> modules, Stream<String> violations) {
        return adapters(modules).findAny().isPresent() ? violations.toList() : List.of("no module " + ADAPTER + "*");
    }

    /** The exports of {@code module}'s packages under {@code prefix} that reach further than bootstrap. */
    private static List<String> exportsBeyondBootstrap(ModuleInfo module, String prefix) {
        return module.exports().stream()
                .filter(e -> e.packageName().startsWith(prefix))
                .filter(e -> !e.targets().equals(List.of(BOOTSTRAP)))
                .map(e -> module.name() + " exports " + e.packageName() + " to "
                        + (e.isQualified() ? String.join(", ", e.targets()) : "every module"))
                .toList();
    }
}

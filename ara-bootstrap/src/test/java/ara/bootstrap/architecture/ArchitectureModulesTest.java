package ara.bootstrap.architecture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code module-info.java} of every module in the source tree, checked against the JPMS rules. */
class ArchitectureModulesTest {
    private static List<ModuleInfo> modules;

    @BeforeAll
    static void readEveryModuleInfo() throws IOException {
        Path root = Path.of(System.getProperty("ara.repo.root", "..")).toAbsolutePath().normalize();
        try (Stream<Path> children = Files.list(root)) {
            modules = children.map(module -> module.resolve("src/main/java/module-info.java"))
                    .filter(Files::isRegularFile)
                    .map(ArchitectureModulesTest::read)
                    .toList();
        }
    }

    private static ModuleInfo read(Path moduleInfo) {
        try {
            return ModuleInfo.parse(Files.readString(moduleInfo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsEveryModule() {
        assertThat(modules).extracting(ModuleInfo::name).contains("ara.domain", "ara.application", "ara.atrest",
                "ara.adapter.web", "ara.adapter.persistence", "ara.adapter.redis", "ara.adapter.memory",
                "ara.adapter.catalog", "ara.adapter.storage", "ara.adapter.report", "ara.adapter.identity",
                "ara.adapter.assistant", "ara.adapter.telemetry", "ara.adapter.mail", "ara.adapter.webhook",
                "ara.bootstrap");
    }

    @ParameterizedTest
    @EnumSource(ModuleRule.class)
    void araFollows(ModuleRule rule) {
        assertThat(rule.violations(modules)).as(rule.name()).isEmpty();
    }
}

package ara.bootstrap.architecture;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** No two modules declare a top-level type of the same simple name; shown to fail on a planted pair. */
class SimpleNamesTest {
    private static final Path ROOT = Path.of(System.getProperty("ara.repo.root", "..")).toAbsolutePath().normalize();

    @Test
    void noSimpleNameIsSharedAcrossAraModules() {
        Map<String, Set<String>> names = SimpleNames.read(ROOT);

        assertThat(names).as("modules read").containsKeys("ara-domain", "ara-application", "ara-adapters-web",
                "ara-adapters-persistence", "ara-bootstrap");
        assertThat(names.get("ara-application")).as("types of ara-application").contains("SaveAnswerService");
        assertThat(SimpleNames.sharedAcrossModules(names)).isEmpty();
    }

    @Test
    void aNamePlantedInTwoModulesIsReportedWithBoth() {
        Map<String, Set<String>> planted = Map.of(
                "ara-adapters-persistence", Set.of("DatabaseSettings", "JdbiAuditRepository"),
                "ara-bootstrap", Set.of("DatabaseSettings", "Application"),
                "ara-adapters-web", Set.of("WebServer"));

        assertThat(SimpleNames.sharedAcrossModules(planted))
                .containsExactly(Map.entry("DatabaseSettings", Set.of("ara-adapters-persistence", "ara-bootstrap")));
    }
}

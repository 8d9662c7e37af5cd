package ara.application.service;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's "done when": every class of the service packages ({@code ara.application.service…}) is named by at
 * least one test of the ring, in {@code ara-application} or here in {@code ara-application-tests}. Read from the
 * source tree, so a new service without a test fails the build.
 */
class EveryServiceIsTestedTest {
    private static final Path ROOT = Path.of(System.getProperty("ara.repo.root", "..")).toAbsolutePath().normalize();
    private static final Path SERVICES = ROOT.resolve("ara-application/src/main/java/ara/application/service");
    private static final List<Path> TESTS = List.of(ROOT.resolve("ara-application/src/test/java"),
            ROOT.resolve("ara-application-tests/src/test/java"));

    @Test
    void everyServiceClassIsNamedByATest() {
        List<String> services = javaFiles(SERVICES)
                .map(EveryServiceIsTestedTest::simpleName)
                .filter(name -> !name.equals("package-info"))
                .sorted()
                .toList();
        List<String> tests = TESTS.stream().filter(Files::isDirectory).flatMap(EveryServiceIsTestedTest::javaFiles)
                .filter(test -> !simpleName(test).equals(EveryServiceIsTestedTest.class.getSimpleName()))
                .map(EveryServiceIsTestedTest::read)
                .toList();

        assertThat(services).as("classes in " + SERVICES).isNotEmpty();
        assertThat(services).filteredOn(service -> tests.stream().noneMatch(namedIn(service)))
                .as("service classes named by no test in ara-application or ara-application-tests")
                .isEmpty();
    }

    private static Predicate<String> namedIn(String service) {
        return Pattern.compile("\\b" + service + "\\b").asPredicate();
    }

    private static Stream<Path> javaFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String simpleName(Path javaFile) {
        String fileName = javaFile.getFileName().toString();
        return fileName.substring(0, fileName.length() - ".java".length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

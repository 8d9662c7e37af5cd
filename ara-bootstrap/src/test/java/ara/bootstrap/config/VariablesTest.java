package ara.bootstrap.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one list of variables: ARA reads nothing outside it, and the README's configuration table matches it. */
class VariablesTest {
    private static final Pattern NAME = Pattern.compile("`((?:ARA|OTEL)_[A-Z0-9_]+|JAVA_OPTS)`");

    @Test
    void readingAVariableOutsideTheListIsABug() {
        ConfigSource source = ConfigSource.of(Map.of("ARA_UNLISTED", "x"));
        assertThatThrownBy(() -> source.get("ARA_UNLISTED")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ARA_UNLISTED");
        assertThatThrownBy(() -> source.withPrefix("AWS_")).isInstanceOf(IllegalStateException.class);
        assertThat(source.get("ARA_PORT")).isEmpty();
    }

    @Test
    void everySettingIsReadFromTheList() {
        // AraSettings.from reads every variable it knows (the default environment takes every branch that reads
        // the orphan checks): it would throw on an unlisted one.
        assertThat(AraSettings.from(ConfigSource.of(Map.of("ARA_DATA_DIR", "target/variables-test"))).maintenance()
                .interval()).isPresent();
    }

    @Test
    void theReadmeTableListsExactlyTheseVariables() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String table = readme.substring(readme.indexOf("## Configuration"), readme.indexOf("Variables read by the tests"));
        Set<String> documented = new TreeSet<>();
        for (String line : table.lines().filter(line -> line.startsWith("| `")).toList()) {
            String firstColumn = line.substring(0, line.indexOf(" | ", 2));
            Matcher matcher = NAME.matcher(firstColumn);
            while (matcher.find()) {
                documented.add(matcher.group(1).startsWith(Variables.OTEL_PREFIX) ? Variables.OTEL_PREFIX + "*"
                        : matcher.group(1));
            }
        }
        Set<String> listed = new TreeSet<>();
        Variables.ALL.forEach(variable -> listed.add(variable.name()));
        assertThat(documented).isEqualTo(listed);
    }
}

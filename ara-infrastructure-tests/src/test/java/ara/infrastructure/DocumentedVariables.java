package ara.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables ARA documents: the first column of README.md's Configuration table (the test-only table
 * after it excluded). The one place to switch to the code's own list once {@code bin/ara check-config --variables}
 * exists.
 */
final class DocumentedVariables {
    private static final Pattern NAME = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    private DocumentedVariables() {
    }

    static Set<String> all() {
        String readme;
        try {
            readme = Files.readString(Tools.root().resolve("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = readme.indexOf("## Configuration");
        int end = readme.indexOf("Variables read by the tests only", start);
        if (start < 0 || end < 0) {
            throw new AssertionError("README.md has no Configuration table followed by the test-only variables");
        }
        Set<String> names = new TreeSet<>();
        for (String line : readme.substring(start, end).split("\n")) {
            if (!line.startsWith("| ")) {
                continue;
            }
            String firstCell = line.substring(2, line.indexOf('|', 2));
            Matcher m = NAME.matcher(firstCell);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}

package ara.bootstrap.architecture;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a {@code module-info.java} the module rules look at, read with regular expressions: the grammar of a
 * module declaration is small, and the JDK's {@code ModuleDescriptor} would need the compiled class.
 */
record ModuleInfo(String name, List<Requires> requires, List<Exports> exports) {
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern MODULE = Pattern.compile("\\b(?:open\\s+)?module\\s+([\\w.]+)\\s*\\{");
    private static final Pattern REQUIRES =
            Pattern.compile("\\brequires\\s+((?:(?:transitive|static)\\s+)*)([\\w.]+)\\s*;");
    private static final Pattern EXPORTS = Pattern.compile("\\bexports\\s+([\\w.]+)(?:\\s+to\\s+([\\w.,\\s]+?))?\\s*;");

    /** {@code requires [transitive] [static] module;} */
    record Requires(String module, boolean isTransitive, boolean isStatic) {
    }

    /** {@code exports package [to module, …];}: no targets means every module. */
    record Exports(String packageName, List<String> targets) {
        boolean isQualified() {
            return !targets.isEmpty();
        }
    }

    static ModuleInfo parse(String source) {
        String code = COMMENT.matcher(source).replaceAll(" ");
        Matcher module = MODULE.matcher(code);
        if (!module.find()) {
            throw new IllegalArgumentException("no module declaration in: " + source);
        }
        List<Requires> requires = REQUIRES.matcher(code).results()
                .map(r -> new Requires(r.group(2), r.group(1).contains("transitive"), r.group(1).contains("static")))
                .toList();
        List<Exports> exports = EXPORTS.matcher(code).results()
                .map(e -> new Exports(e.group(1), e.group(2) == null ? List.of()
                        : Arrays.stream(e.group(2).split(",")).map(String::strip).toList()))
                .toList();
        return new ModuleInfo(module.group(1), requires, exports);
    }
}

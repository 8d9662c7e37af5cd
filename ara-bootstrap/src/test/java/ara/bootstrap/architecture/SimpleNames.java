package ara.bootstrap.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rule "no two classes share a simple name across modules unless they are the same idea": the top-level types of
 * each module's main code, by simple name; a name in two modules is a violation (there is no allow-list: two ideas get
 * two names, one idea lives in one module). Stateless.
 */
final class SimpleNames {
    private SimpleNames() {
    }

    /** Every module's top-level type names, read from {@code <module>/src/main/java} under {@code root}. */
    static Map<String, Set<String>> read(Path root) {
        try (Stream<Path> modules = Files.list(root)) {
            Map<String, Set<String>> names = new TreeMap<>();
            modules.filter(module -> Files.isDirectory(module.resolve("src/main/java")))
                    .forEach(module -> names.put(module.getFileName().toString(), typesIn(module.resolve("src/main/java"))));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each simple name that more than one module declares, with those modules. */
    static Map<String, Set<String>> sharedAcrossModules(Map<String, Set<String>> namesByModule) {
        Map<String, Set<String>> modulesByName = new TreeMap<>();
        namesByModule.forEach((module, names) -> names.forEach(
                name -> modulesByName.computeIfAbsent(name, n -> new TreeSet<>()).add(module)));
        modulesByName.values().removeIf(modules -> modules.size() < 2);
        return modulesByName;
    }

    private static Set<String> typesIn(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".java"))
                    .filter(name -> !List.of("package-info.java", "module-info.java").contains(name))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

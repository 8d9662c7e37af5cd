package ara.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Parses Terraform files with HashiCorp's own HCL parser (hcl2 compiled to WebAssembly: npm {@code @cdktf/hcl2json},
 * pinned in src/test/hcl/package-lock.json, installed into target/hcl2json with {@code npm ci}).
 */
final class HclFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<Path, JsonNode> all;

    private HclFiles() {
    }

    /** Every .tf, .tfvars and .tftest.hcl under terraform/, parsed; the run fails if one does not parse. */
    static synchronized Map<Path, JsonNode> all() {
        if (all == null) {
            List<Path> files = terraformFiles();
            Tools.Result result = parse(files);
            if (result.exitCode() != 0) {
                throw new AssertionError("HCL parse failed:\n" + result.output());
            }
            all = toMap(result.output());
        }
        return all;
    }

    /** Parses the given files; the exit code is non-zero when one does not parse. */
    static Tools.Result parse(List<Path> files) {
        Path modules = installParser();
        List<String> command = new ArrayList<>(List.of(Tools.require("node", "HCL parsing"),
                hclDir().resolve("parse.mjs").toString(), modules.toString()));
        files.forEach(f -> command.add(f.toString()));
        return Tools.run(Tools.root(), Map.of(), 60, command);
    }

    static Map<Path, JsonNode> toMap(String output) {
        try {
            int start = output.indexOf('{');
            JsonNode tree = JSON.readTree(output.substring(start));
            Map<Path, JsonNode> parsed = new TreeMap<>();
            tree.properties().forEach(e -> parsed.put(Path.of(e.getKey()), e.getValue()));
            return parsed;
        } catch (IOException e) {
            throw new AssertionError("unreadable parser output: " + output, e);
        }
    }

    static List<Path> terraformFiles() {
        try (Stream<Path> walk = Files.walk(Tools.terraformDir())) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/.terraform/") && !p.toString().contains("/node_modules/"))
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".tf") || name.endsWith(".tfvars") || name.endsWith(".tftest.hcl");
                    })
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path hclDir() {
        return Tools.root().resolve("ara-infrastructure-tests/src/test/hcl");
    }

    private static Path installParser() {
        return Tools.npmCi(hclDir(), "hcl2json", "@cdktf/hcl2json", "the HCL parse and structural checks");
    }
}

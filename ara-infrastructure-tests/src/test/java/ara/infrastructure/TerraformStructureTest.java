package ara.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structural checks over the parsed Terraform (HashiCorp's HCL parser, see {@link HclFiles}). */
class TerraformStructureTest {
    private static final Pattern VAR_REF = Pattern.compile("\\bvar\\.([A-Za-z_][A-Za-z0-9_-]*)");
    private static final Set<String> MODULE_META = Set.of("source", "version", "providers", "depends_on", "count",
            "for_each");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(token|secret|password|data_key)$");

    @Test
    void everyTerraformFileParses() {
        Map<Path, JsonNode> parsed = HclFiles.all();
        assertThat(parsed.keySet()).containsExactlyInAnyOrderElementsOf(HclFiles.terraformFiles());
        assertThat(parsed).hasSizeGreaterThan(15);
    }

    @Test
    void aFileWithASyntaxErrorDoesNotParse(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.tf");
        Files.writeString(broken, "resource \"aws_sns_topic\" \"x\" {\n  name = \"a\"\n");
        assertThat(HclFiles.parse(List.of(broken)).exitCode()).isNotZero();
    }

    @Test
    void everyReferencedVariableIsDeclaredAndEveryDeclaredOneUsed() {
        for (Map.Entry<Path, List<JsonNode>> config : configurations().entrySet()) {
            Set<String> declared = declaredVariables(config.getValue()).keySet();
            Set<String> referenced = new TreeSet<>();
            config.getValue().forEach(file -> collectVarRefs(file, referenced));
            assertThat(referenced).as("variables referenced in %s", config.getKey()).isSubsetOf(declared);
            assertThat(declared).as("variables declared in %s", config.getKey()).isSubsetOf(referenced);
        }
    }

    @Test
    void everyModuleCallPassesEveryRequiredInputAndNoUnknownOne() {
        Map<Path, List<JsonNode>> configurations = configurations();
        int calls = 0;
        for (Map.Entry<Path, List<JsonNode>> config : configurations.entrySet()) {
            for (JsonNode file : config.getValue()) {
                for (Map.Entry<String, JsonNode> call : blocks(file, "module").entrySet()) {
                    JsonNode body = call.getValue();
                    Path source = config.getKey().resolve(body.path("source").asText()).normalize();
                    assertThat(configurations).as("module %s's source %s", call.getKey(), source).containsKey(source);
                    Map<String, JsonNode> inputs = declaredVariables(configurations.get(source));
                    Set<String> required = new TreeSet<>();
                    inputs.forEach((name, v) -> {
                        if (!v.has("default")) {
                            required.add(name);
                        }
                    });
                    Set<String> passed = new TreeSet<>();
                    body.fieldNames().forEachRemaining(passed::add);
                    passed.removeAll(MODULE_META);
                    assertThat(passed).as("inputs passed to module %s", call.getKey()).containsAll(required)
                            .isSubsetOf(inputs.keySet());
                    calls++;
                }
            }
        }
        assertThat(calls).as("module calls in the root").isEqualTo(8);
    }

    @Test
    void secretsAreSensitiveAndHaveNoDefault() {
        for (Map.Entry<Path, List<JsonNode>> config : configurations().entrySet()) {
            declaredVariables(config.getValue()).forEach((name, v) -> {
                if (SECRET_NAME.matcher(name).matches() || v.path("sensitive").asBoolean(false)) {
                    assertThat(v.path("sensitive").asBoolean(false)).as("%s in %s is sensitive", name,
                            config.getKey()).isTrue();
                    assertThat(v.has("default")).as("%s in %s has no default", name, config.getKey()).isFalse();
                }
            });
        }
    }

    @Test
    void everyRootVariableHasATypeAndADescription() {
        declaredVariables(configurations().get(Tools.terraformDir())).forEach((name, v) -> {
            assertThat(v.path("type").asText()).as("type of %s", name).isNotBlank();
            assertThat(v.path("description").asText()).as("description of %s", name).isNotBlank();
        });
    }

    @Test
    void eachEnvironmentsTfvarsSetsEveryRequiredVariableAndNoSecret() {
        Map<String, JsonNode> root = declaredVariables(configurations().get(Tools.terraformDir()));
        for (String environment : List.of("dev", "staging", "prod")) {
            Path file = Tools.terraformDir().resolve("environments/" + environment + "/terraform.tfvars");
            JsonNode tfvars = HclFiles.all().get(file);
            assertThat(tfvars).as(file.toString()).isNotNull();
            Set<String> set = new TreeSet<>();
            tfvars.fieldNames().forEachRemaining(set::add);
            assertThat(set).as("%s sets only declared variables", file).isSubsetOf(root.keySet());
            root.forEach((name, v) -> {
                boolean sensitive = v.path("sensitive").asBoolean(false);
                if (sensitive) {
                    assertThat(set).as("%s must not hold the secret %s", file, name).doesNotContain(name);
                } else if (!v.has("default")) {
                    assertThat(set).as("%s sets the required %s", file, name).contains(name);
                }
            });
            assertThat(tfvars.path("environment").asText()).isEqualTo(environment);
        }
    }

    @Test
    void theContainerGetsExactlyTheVariablesAraDocuments() {
        Path terraform = Tools.terraformDir();
        JsonNode compute = blocks(HclFiles.all().get(terraform.resolve("main.tf")), "module").get("compute");
        JsonNode locals = HclFiles.all().get(terraform.resolve("modules/compute/main.tf")).path("locals").get(0);
        Set<String> passed = new TreeSet<>();
        compute.path("environment_variables").fieldNames().forEachRemaining(passed::add);
        compute.path("secrets").fieldNames().forEachRemaining(passed::add);
        locals.path("fixed_environment").fieldNames().forEachRemaining(passed::add);
        Set<String> leftUnset = new TreeSet<>();
        locals.path("ara_variables_left_unset").fieldNames().forEachRemaining(leftUnset::add);

        Set<String> documented = DocumentedVariables.all();
        assertThat(documented).as("README's configuration table").contains("ARA_DB_URL", "ARA_REDIS_URL", "JAVA_OPTS");
        assertThat(passed).as("variables the container gets that ARA does not document").isSubsetOf(documented);
        Set<String> overlap = new HashSet<>(passed);
        overlap.retainAll(leftUnset);
        assertThat(overlap).as("both passed and listed as left unset").isEmpty();
        Set<String> accounted = new TreeSet<>(passed);
        accounted.addAll(leftUnset);
        assertThat(accounted).as("passed + ara_variables_left_unset must be exactly ARA's documented variables")
                .containsExactlyInAnyOrderElementsOf(documented);
        assertThat(compute.path("secrets").has("ARA_DB_PASSWORD")).isTrue();
        assertThat(compute.path("environment_variables").has("ARA_DB_PASSWORD")).isFalse();
        // Standard OpenTelemetry SDK variables beyond the endpoint: README documents them as OTEL_* as a whole.
        Set<String> otel = new TreeSet<>();
        locals.path("otel_standard_environment").fieldNames().forEachRemaining(otel::add);
        assertThat(otel).isNotEmpty().allMatch(name -> name.startsWith("OTEL_"), "an OTEL_ variable");
    }

    /**
     * The bucket's lifecycle and the container's ARA_REPORT_RETENTION_DAYS come from one value: reports expire in R2
     * one day after ARA's own clean-up deletes them, never before (a row saying "ready" with its PDF gone).
     */
    @Test
    void reportsExpireFromTheRetentionAraIsGiven() {
        Path terraform = Tools.terraformDir();
        JsonNode root = HclFiles.all().get(terraform.resolve("main.tf"));
        JsonNode storage = blocks(root, "module").get("storage");
        JsonNode compute = blocks(root, "module").get("compute");
        assertThat(root.path("locals").get(0).path("report_retention_days").asText())
                .contains("365").contains("30");
        assertThat(storage.path("report_retention_days").asText()).isEqualTo("${local.report_retention_days}");
        assertThat(compute.path("environment_variables").path("ARA_REPORT_RETENTION_DAYS").asText())
                .isEqualTo("${tostring(local.report_retention_days)}");
        String lifecycle = HclFiles.all().get(terraform.resolve("modules/storage/main.tf"))
                .path("resource").toString();
        assertThat(lifecycle).contains("(var.report_retention_days + 1) * 86400");
    }

    /**
     * ARA migrates its own schema at start (docs/adr/0022): the database module declares safe migrations off on the
     * branch ARA uses, in every environment, with a provider version that has the resource.
     */
    @Test
    void safeMigrationsAreOffWhereFlywayMigrates() throws IOException {
        Path terraform = Tools.terraformDir();
        JsonNode database = HclFiles.all().get(terraform.resolve("modules/database/main.tf"));
        JsonNode safe = database.path("resource").path("planetscale_branch_safe_migrations").path("flyway").get(0);
        assertThat(safe).as("planetscale_branch_safe_migrations.flyway").isNotNull();
        assertThat(safe.path("enabled").asBoolean(true)).isFalse();
        assertThat(safe.path("branch").asText()).contains("\"main\"").contains("planetscale_branch.this[0].name");
        assertThat(database.path("terraform").get(0).path("required_providers").get(0).path("planetscale")
                .path("version").asText()).startsWith(">= 0.6.1");
        assertThat(Files.readString(terraform.getParent().resolve("docs/adr/0022-planetscale-foreign-keys-and-migrations.md")))
                .contains("allow_foreign_key_constraints");
    }

    /** A backup of the branch ARA uses, kept for the guide's 7 days (the provider manages retention, not schedule). */
    @Test
    void theDatabaseBranchIsBackedUpWithSevenDaysRetention() {
        JsonNode database = HclFiles.all().get(Tools.terraformDir().resolve("modules/database/main.tf"));
        JsonNode backup = database.path("resource").path("planetscale_backup").path("policy").get(0);
        assertThat(backup).as("planetscale_backup.policy").isNotNull();
        assertThat(backup.path("branch").asText()).contains("\"main\"").contains("planetscale_branch.this[0].name");
        assertThat(backup.path("backup_policy").path("retention_unit").asText()).isEqualTo("day");
        assertThat(backup.path("backup_policy").path("retention_value").asText())
                .isEqualTo("${local.backup_retention_days}");
        assertThat(database.path("locals").get(0).path("backup_retention_days").asInt()).isEqualTo(7);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Directories holding .tf files (root, modules, test harness) with their parsed .tf files. */
    static Map<Path, List<JsonNode>> configurations() {
        Map<Path, List<JsonNode>> configs = new TreeMap<>();
        HclFiles.all().forEach((path, tree) -> {
            if (path.getFileName().toString().endsWith(".tf")) {
                configs.computeIfAbsent(path.getParent(), k -> new java.util.ArrayList<>()).add(tree);
            }
        });
        return configs;
    }

    static Map<String, JsonNode> declaredVariables(List<JsonNode> files) {
        Map<String, JsonNode> vars = new TreeMap<>();
        files.forEach(f -> vars.putAll(blocks(f, "variable")));
        return vars;
    }

    /** Labelled blocks of one kind, e.g. variable "x" { … } → x → its body (hcl2json wraps bodies in arrays). */
    static Map<String, JsonNode> blocks(JsonNode file, String kind) {
        Map<String, JsonNode> out = new TreeMap<>();
        file.path(kind).properties().forEach(e -> out.put(e.getKey(), e.getValue().get(0)));
        return out;
    }

    private static void collectVarRefs(JsonNode node, Set<String> out) {
        if (node.isTextual()) {
            Matcher m = VAR_REF.matcher(node.asText());
            while (m.find()) {
                out.add(m.group(1));
            }
        } else if (node.isContainerNode()) {
            node.forEach(child -> collectVarRefs(child, out));
            if (node.isObject()) {
                node.fieldNames().forEachRemaining(name -> collectVarRefs(new com.fasterxml.jackson.databind.node.TextNode(name), out));
            }
        }
    }
}

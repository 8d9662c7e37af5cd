package ara.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * terraform init (offline, from the local provider mirror) + validate for the AWS-only modules, and terraform test
 * with mock_provider from the harness in terraform/tests. The PlanetScale, Upstash and Cloudflare modules and the
 * modules/backup is not validated on its own: it needs the aws.backup alias, which validate cannot be given
 * (it reports the aliased resources' provider missing); its terraform test plans and applies it with both. The
 * root cannot be initialised offline (their providers are not in the mirror): they are parsed and checked
 * structurally by {@link TerraformStructureTest} only.
 */
class TerraformModulesTest {

    @Test
    void computeValidates() {
        validate("modules/compute");
    }

    @Test
    void monitoringValidates() {
        validate("modules/monitoring");
    }

    @Test
    void edgeValidates() {
        validate("modules/edge");
    }

    @Test
    void registryValidates() {
        validate("modules/registry");
    }

    @Test
    void terraformTestPassesWithMockedAws() {
        String terraform = Tools.require("terraform", "terraform test");
        Path dir = Tools.terraformDir().resolve("tests");
        Map<String, String> env = init(terraform, dir, "tests");
        Tools.Result test = Tools.run(dir, env, 360, terraform, "test", "-no-color");
        assertThat(test.exitCode()).as("terraform test:\n%s", test.output()).isZero();
        assertThat(test.output()).contains("compute.tftest.hcl... pass", "monitoring.tftest.hcl... pass",
                        "registry.tftest.hcl... pass", "edge.tftest.hcl... pass",
                        "backup.tftest.hcl... pass")
                .containsPattern("Success! (1[0-9]|[2-9][0-9]) passed, 0 failed");
    }

    private static void validate(String module) {
        String terraform = Tools.require("terraform", "terraform validate");
        Path dir = Tools.terraformDir().resolve(module);
        Map<String, String> env = init(terraform, dir, module.replace('/', '-'));
        Tools.Result validate = Tools.run(dir, env, 120, terraform, "validate", "-no-color");
        assertThat(validate.exitCode()).as("terraform validate %s:\n%s", module, validate.output()).isZero();
        assertThat(validate.output()).contains("The configuration is valid");
    }

    /** init -backend=false from the mirror; the working data goes to target/, not the source tree. */
    private static Map<String, String> init(String terraform, Path dir, String name) {
        Path pluginDir = Tools.pluginDir();
        Map<String, String> env = Map.of("TF_DATA_DIR", Tools.target().resolve("terraform-data/" + name).toString(),
                "TF_CLI_CONFIG_FILE", "/dev/null");
        Tools.Result init = Tools.run(dir, env, 120, terraform, "init", "-backend=false", "-input=false",
                "-no-color", "-plugin-dir=" + pluginDir);
        assertThat(init.exitCode()).as("terraform init %s:\n%s", dir, init.output()).isZero();
        return env;
    }
}

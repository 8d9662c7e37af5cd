package ara.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Each environment's terraform.tfvars against the root variables' types and validation rules, evaluated by
 * terraform itself: the root's variables.tf alone (no providers, so it initialises offline) planned with the
 * tfvars and placeholder secrets of a valid shape.
 */
class TfvarsValidationTest {
    private static final Map<String, String> SECRETS = Map.of(
            "TF_VAR_cloudflare_api_token", "placeholder-token",
            "TF_VAR_data_key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "TF_VAR_metrics_token", "placeholder-metrics-token",
            "TF_VAR_edge_grant_secret", "placeholder-edge-grant-secret-of-32-chars",
            "TF_VAR_smtp_password", "placeholder-smtp-password",
            "TF_VAR_origin_verify_secret", "placeholder-origin-verify-secret-of-32-chars");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void tfvarsPassTheRootVariablesValidation(String environment) throws IOException {
        Tools.Result plan = plan(Files.readString(tfvars(environment)));
        assertThat(plan.exitCode()).as("plan of %s's tfvars:\n%s", environment, plan.output()).isZero();
    }

    @Test
    void anInvalidValueIsRefused() throws IOException {
        String bad = Files.readString(tfvars("dev")).replace("\"PS-10\"", "\"PS-7\"");
        Tools.Result plan = plan(bad);
        assertThat(plan.exitCode()).isNotZero();
        assertThat(plan.output()).contains("planetscale_cluster_size must be one of");
    }

    private static Path tfvars(String environment) {
        return Tools.terraformDir().resolve("environments/" + environment + "/terraform.tfvars");
    }

    private Tools.Result plan(String tfvars) throws IOException {
        String terraform = Tools.require("terraform", "the tfvars against the variables' validation");
        Files.copy(Tools.terraformDir().resolve("variables.tf"), dir.resolve("variables.tf"));
        Files.writeString(dir.resolve("env.tfvars"), tfvars);
        Map<String, String> env = new java.util.HashMap<>(SECRETS);
        env.put("TF_CLI_CONFIG_FILE", "/dev/null");
        Tools.Result init = Tools.run(dir, env, 60, terraform, "init", "-backend=false", "-input=false", "-no-color");
        assertThat(init.exitCode()).as("init:\n%s", init.output()).isZero();
        return Tools.run(dir, env, 60, terraform, "plan", "-input=false", "-no-color", "-var-file=env.tfvars");
    }
}

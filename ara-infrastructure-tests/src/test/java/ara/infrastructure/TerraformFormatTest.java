package ara.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformFormatTest {

    @Test
    void everyTerraformFileIsFormatted() {
        String terraform = Tools.require("terraform", "terraform fmt");
        Tools.Result result = Tools.run(Tools.terraformDir(), Map.of(), 60,
                terraform, "fmt", "-check", "-recursive", "-diff");
        assertThat(result.exitCode()).as("terraform fmt -check -recursive:\n%s", result.output()).isZero();
    }

    @Test
    void theCheckFailsOnAnUnformattedFile(@TempDir Path dir) throws Exception {
        String terraform = Tools.require("terraform", "terraform fmt");
        Files.writeString(dir.resolve("bad.tf"), "variable \"x\" {\ntype=string\n}\n");
        Tools.Result result = Tools.run(dir, Map.of(), 60, terraform, "fmt", "-check", "-recursive");
        assertThat(result.exitCode()).isNotZero();
    }
}

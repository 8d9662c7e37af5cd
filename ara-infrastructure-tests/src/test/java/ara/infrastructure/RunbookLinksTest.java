package ara.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every alert names its runbook, and the runbook exists: each CloudWatch alarm's description ends with
 * "Runbook: docs/operations/runbooks/NAME.md", each Prometheus rule has a {@code runbook_url} annotation, and each
 * runbook page names the alert it is for.
 */
class RunbookLinksTest {
    private static final Pattern LINK = Pattern.compile("Runbook: (docs/operations/runbooks/[a-z0-9-]+\\.md)$");
    private static final Pattern RULE = Pattern.compile("- alert: (\\w+)(.*?)(?=\\n\\s*- alert: |\\z)", Pattern.DOTALL);
    private static final Pattern URL = Pattern.compile("runbook_url: \"(docs/operations/runbooks/[a-z0-9-]+\\.md)\"");

    @Test
    void everyCloudWatchAlarmLinksAnExistingRunbook() throws IOException {
        Path terraform = Tools.terraformDir();
        JsonNode monitoring = HclFiles.all().get(terraform.resolve("modules/monitoring/main.tf"));
        JsonNode alarms = monitoring.path("resource").path("aws_cloudwatch_metric_alarm");
        Map<String, String> links = new TreeMap<>();
        alarms.fieldNames().forEachRemaining(name -> {
            String description = alarms.path(name).get(0).path("alarm_description").asText();
            Matcher link = LINK.matcher(description);
            assertThat(link.find()).as("alarm %s names its runbook: %s", name, description).isTrue();
            links.put(name, link.group(1));
        });
        assertThat(links).as("the monitoring module's alarms").hasSizeGreaterThanOrEqualTo(5);
        // The cross-region backup's alarm lives in its own module (it must be in the backup bucket's region).
        JsonNode backupAlarms = HclFiles.all().get(terraform.resolve("modules/backup/main.tf"))
                .path("resource").path("aws_cloudwatch_metric_alarm");
        assertThat(backupAlarms.has("no_dump")).as("modules/backup's alarm").isTrue();
        backupAlarms.fieldNames().forEachRemaining(name -> {
            String description = backupAlarms.path(name).get(0).path("alarm_description").asText();
            Matcher link = LINK.matcher(description);
            assertThat(link.find()).as("alarm %s names its runbook: %s", name, description).isTrue();
            links.put("backup." + name, link.group(1));
        });
        for (String page : links.values()) {
            assertRunbook(terraform.getParent().resolve(page));
        }
    }

    @Test
    void everyPrometheusRuleLinksAnExistingRunbookThatNamesIt() throws IOException {
        Path terraform = Tools.terraformDir();
        String rules = Files.readString(terraform.resolve("modules/monitoring/prometheus-alerts.yml"), StandardCharsets.UTF_8);
        Matcher rule = RULE.matcher(rules);
        List<String> alerts = new ArrayList<>();
        while (rule.find()) {
            alerts.add(rule.group(1));
            Matcher url = URL.matcher(rule.group(2));
            assertThat(url.find()).as("rule %s has a runbook_url", rule.group(1)).isTrue();
            Path page = terraform.getParent().resolve(url.group(1));
            assertRunbook(page);
            assertThat(Files.readString(page, StandardCharsets.UTF_8)).as("%s names the alert", page)
                    .contains("`" + rule.group(1) + "`");
        }
        assertThat(alerts).contains("AraDown", "AraHighErrorRate", "AraCpuHigh").hasSize(8);
    }

    private static void assertRunbook(Path page) throws IOException {
        assertThat(page).as("runbook").isRegularFile();
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).as(page.toString())
                .startsWith("# Runbook: ").contains("**What it means.**", "**Look at.**", "**Mitigate.**");
    }
}

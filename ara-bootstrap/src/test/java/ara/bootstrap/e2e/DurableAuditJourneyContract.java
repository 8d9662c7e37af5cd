package ara.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The journey on a store that keeps audits on disk: a restart of ARA loses nothing. */
abstract class DurableAuditJourneyContract extends AuditJourneyContract {

    @Test
    void keepsEverySavedAuditAcrossARestart() {
        String id = http.post("/api/v1/audits", "{\"organizationName\":\"Durable Ltd\"}").body().path("id").asText();
        String audit = "/api/v1/audits/" + id;
        for (String[] answer : WORKED_EXAMPLE.subList(0, 5)) {
            assertThat(http.put(audit + "/answers/" + answer[0], "{\"value\":" + answer[1] + "}", null).status())
                    .isEqualTo(200);
        }
        JsonNode before = http.get(audit).body();

        restart();

        HttpSession.Reply after = http.get(audit);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body().path("version")).isEqualTo(before.path("version"));
        assertThat(after.body().path("answers")).isEqualTo(before.path("answers"));
        assertThat(after.body().path("organizationName").asText()).isEqualTo("Durable Ltd");
        assertThat(after.body().path("createdAt")).isEqualTo(before.path("createdAt"));
    }
}

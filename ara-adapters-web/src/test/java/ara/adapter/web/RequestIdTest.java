package ara.adapter.web;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdTest extends ApiTest {
    @Test
    void echoesAWellFormedInboundId() {
        Api.Reply reply = api.get("/api/live", "X-Request-Id", "edge-7f3a.42:abc_DEF");

        assertThat(reply.header("X-Request-Id")).isEqualTo("edge-7f3a.42:abc_DEF");
    }

    @Test
    void generatesAnIdWhenThereIsNone() {
        String first = api.get("/api/live").header("X-Request-Id");
        String second = api.get("/api/live").header("X-Request-Id");

        assertThat(UUID.fromString(first)).isNotNull();
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void replacesAMalformedInboundId() {
        for (String bad : new String[] {"has space", "x".repeat(129), "<script>", "a\tb"}) {
            String id = api.get("/api/live", "X-Request-Id", bad).header("X-Request-Id");

            assertThat(id).as(bad).isNotEqualTo(bad);
            assertThat(UUID.fromString(id)).isNotNull();
        }
    }

    @Test
    void putsTheIdInProblemBodies() {
        Api.Reply given = api.get("/api/v1/audits/not-a-uuid", "X-Request-Id", "req-123");
        Api.Reply generated = api.get("/api/v1/nope");

        assertThat(Api.problem(given, 400).get("requestId").asText()).isEqualTo("req-123");
        assertThat(Api.problem(generated, 404).get("requestId").asText())
                .isEqualTo(generated.header("X-Request-Id"));
    }
}

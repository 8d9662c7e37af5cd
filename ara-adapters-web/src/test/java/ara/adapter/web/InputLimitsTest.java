package ara.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every input has a bound, and crossing it is refused naming the field and the rule, before any use case runs. */
class InputLimitsTest extends ApiTest {
    @Test
    void refusesMoreThan200Answers() {
        String answers = IntStream.range(0, 201).mapToObj(i -> "\"q" + i + "\": 1").collect(Collectors.joining(","));
        int writes = api.backend.writes();

        JsonNode problem = Api.problem(api.json("POST", "/api/v1/score", "{\"answers\": {" + answers + "}}"), 422);

        assertThat(Api.errors(problem)).containsExactly("answers too_many_items");
        assertThat(problem.get("detail").asText()).contains("200");
        String id = api.startAudit();
        Api.problem(api.json("PATCH", "/api/v1/audits/" + id + "/answers", "{\"answers\": {" + answers + "}}"), 422);
        assertThat(api.backend.writes()).isEqualTo(writes + 1);
    }

    @Test
    void refusesAnArrayAnswerOfMoreThan100Items() {
        String id = api.startAudit();
        String items = IntStream.range(0, 101).mapToObj(i -> "\"o" + i + "\"").collect(Collectors.joining(","));

        JsonNode single = Api.problem(api.json("PUT", "/api/v1/audits/" + id + "/answers/controls",
                "{\"value\": [" + items + "]}"), 422);
        JsonNode many = Api.problem(api.json("POST", "/api/v1/score",
                "{\"answers\": {\"controls\": [" + items + "]}}"), 422);

        assertThat(Api.errors(single)).containsExactly("value too_many_items");
        assertThat(Api.errors(many)).containsExactly("answers.controls too_many_items");
    }

    @Test
    void refusesATextAnswerLongerThanTheFixedCap() {
        String id = api.startAudit();

        JsonNode problem = Api.problem(api.json("PUT", "/api/v1/audits/" + id + "/answers/org_notes",
                "{\"value\": \"" + "x".repeat(10_001) + "\"}"), 422);

        assertThat(Api.errors(problem)).containsExactly("value too_long");
        assertThat(problem.get("detail").asText()).contains("10000");
        // Below the cap, the question's own maxLength (20 in the test questionnaire) still applies.
        JsonNode own = Api.problem(api.json("PUT", "/api/v1/audits/" + id + "/answers/org_notes",
                "{\"value\": \"" + "x".repeat(100) + "\"}"), 422);
        assertThat(own.get("detail").asText()).contains("20");
    }

    @Test
    void refusesJsonNestedTooDeeply() {
        String deep = "[".repeat(40) + "]".repeat(40);

        JsonNode problem = Api.problem(api.json("POST", "/api/v1/score", "{\"answers\": {\"a\": " + deep + "}}"),
                400);

        assertThat(Api.errors(problem)).containsExactly("body malformed_json");
    }

    @Test
    void refusesAPageSizeOver100AndAnOversizedOrganizationName() {
        JsonNode size = Api.problem(api.get("/api/v1/audits?size=101"), 400);
        JsonNode name = Api.problem(api.json("POST", "/api/v1/audits",
                "{\"organizationName\": \"" + "n".repeat(201) + "\"}"), 422);

        assertThat(Api.errors(size)).containsExactly("size invalid_value");
        assertThat(Api.errors(name)).containsExactly("organizationName too_long");
    }

    @Test
    void refusesHeadersOverTheLimitWithAProblemAndTheSecurityHeaders() {
        Api.Reply reply = api.get("/nowhere", "X-Padding", "p".repeat(WebServer.MAX_HEADER_BYTES + 1),
                "X-Request-Id", "big-headers");

        assertThat(reply.status()).isEqualTo(431);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(reply.header("Content-Security-Policy")).startsWith("default-src 'self'");
        assertThat(reply.header("X-Request-Id")).isNotBlank();
        assertThat(reply.json().get("status").asInt()).isEqualTo(431);
    }

    @Test
    void answersAMalformedRequestLineWithAProblemAndTheSecurityHeaders() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", api.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/live HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);

            assertThat(response).startsWith("HTTP/1.1 400");
            assertThat(response).containsIgnoringCase("X-Frame-Options: DENY");
            assertThat(response).containsIgnoringCase("Strict-Transport-Security: max-age=31536000");
            assertThat(response).contains("urn:ara:problem:bad-request");
        }
    }
}

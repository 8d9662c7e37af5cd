package ara.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request hygiene (docs/adr/0018): no method override, Jetty's own errors as problems for every method, error
 * details in ARA's words, one form of text, canonical If-Match and honest paging bounds.
 */
class RequestHygieneTest extends ApiTest {
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private RawHttp.Response raw(String request) {
        return RawHttp.exchange(api.server.port(), request);
    }

    private String answered(String auditId) {
        String id = auditId;
        assertThat(api.json("PUT", "/api/v1/audits/" + id + "/answers/company_size", "{\"value\": \"small\"}")
                .status()).isEqualTo(200);
        return id;
    }

    private JsonNode answers(String auditId) {
        return api.get("/api/v1/audits/" + auditId).json().get("answers");
    }

    @Test
    void refusesEveryMethodOverrideHeaderAndNeverDeletesOnAGet() {
        String id = answered(api.startAudit());
        for (String header : MethodOverrideGuard.HEADERS) {
            RawHttp.Response reply = raw("GET /api/v1/audits/" + id + "/answers/company_size HTTP/1.1\r\nHost: x\r\n"
                    + "Authorization: Bearer user:alice\r\n" + header + ": DELETE\r\nConnection: close\r\n\r\n");

            JsonNode problem = reply.problem(400);
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(header);
            assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo(MethodOverrideGuard.RULE);
            assertThat(answers(id).get("company_size").asText()).as(header).isEqualTo("small");
        }
        // Lower case, and on a POST that would otherwise be tunnelled: refused alike.
        raw("POST /api/v1/audits/" + id + "/answers/company_size HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n"
                + "Authorization: Bearer user:alice\r\nx-http-method-override: DELETE\r\nConnection: close\r\n\r\n")
                .problem(400);
        assertThat(answers(id).get("company_size").asText()).isEqualTo("small");
    }

    @Test
    void ignoresAMethodQueryParameter() {
        String id = answered(api.startAudit());

        RawHttp.Response reply = raw("GET /api/v1/audits/" + id + "/answers/company_size?_method=DELETE HTTP/1.1\r\n"
                + "Host: x\r\nAuthorization: Bearer user:alice\r\nConnection: close\r\n\r\n");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(answers(id).get("company_size").asText()).isEqualTo("small");
    }

    @Test
    void answersMalformedEscapesWithAProblemForEveryMethod() {
        for (String method : METHODS) {
            // %u0041 passes Jetty and used to fail in Javalin's decoding of the path parameter (a 500).
            for (String path : List.of("/api/v1/audits/%zz/answers/q", "/api/v1/audits/%C0%AF/answers/q", "/%",
                    "/api/v1/audits/00000000-0000-4000-8000-000000000000/answers/q%u0041",
                    "/api/v1/audits?page=%u0041", "/api/v1/reports/%u0041/download")) {
                raw(method + " " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                        .problem(400);
            }
        }
    }

    @Test
    void answersOversizedHeadersAndTargetsWithAProblemForEveryMethod() {
        for (String method : METHODS) {
            raw(method + " /api/v1/audits/x/answers/q HTTP/1.1\r\nHost: x\r\nX-Pad: "
                    + "p".repeat(WebServer.MAX_HEADER_BYTES + 1) + "\r\nContent-Length: 0\r\n\r\n").problem(431);
            raw(method + " /api/v1/" + "a".repeat(WebServer.MAX_HEADER_BYTES + 1) + " HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Length: 0\r\n\r\n").problem(414);
        }
    }

    @Test
    void answersMalformedFramingWithAProblem() {
        raw("GARBAGE\r\n\r\n").problem(400);
        raw("GET /api/live HTTP/1.1\r\nHost: a b@c:zz\r\nConnection: close\r\n\r\n").problem(400);
        raw("GET /api/live HTTP/1.1\r\nConnection: close\r\n\r\n").problem(400);
        raw("PUT /api/v1/audits/x HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab").problem(400);
        JsonNode chunked = raw("POST /api/v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZZ\r\nabc\r\n0\r\n\r\n").problem(400);
        assertThat(chunked.get("detail").asText()).doesNotContain("Eof", "Exception");
        raw("POST /api/v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 70000\r\n"
                + "Connection: close\r\n\r\n" + "x".repeat(70_000)).problem(413);
    }

    @Test
    void describesMalformedJsonInArasWordsOnly() {
        List<String> bodies = List.of("{", "{\"a\": }", "{\"a\": tru}", "{\"a\": 1, \"a\": 2}", "{\"a\": 01}",
                "{\"a\": NaN}", "{\"a\": \"x\ty\"}", "{\"a\": \"\\q\"}", "{} {}", "{\"a\": [1,]}", "nul",
                "[".repeat(40) + "]".repeat(40), "{\"a\": 1" + "0".repeat(2000) + "}", "{'a': 1}", "{a: 1}",
                "{\"a\": \"\u00e9\"}".replace("\u00e9", "\\uZZZZ"), "\"unterminated");
        for (String body : bodies) {
            JsonNode problem = Api.problem(api.json("POST", "/api/v1/score", body), 400);
            String detail = problem.get("detail").asText();

            assertThat(Api.errors(problem)).as(body).containsExactly("body malformed_json");
            assertThat(detail).as(body).startsWith("the request body is not valid JSON: ")
                    .doesNotContainIgnoringCase("jackson").doesNotContain("com.fasterxml", "FAIL_ON", "Feature",
                            "Exception", "Unrecognized token", "StreamReadConstraints", "Json", "ctrl-char",
                            "was expecting", "ALLOW_", "getMax", "`");
        }
        byte[] latin1 = "{\"organizationName\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Response reply = RawHttp.exchange(api.server.port(), concat(("POST /api/v1/audits HTTP/1.1\r\n"
                + "Host: x\r\nContent-Type: application/json\r\nContent-Length: " + latin1.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), latin1));
        assertThat(reply.problem(400).get("detail").asText()).contains("UTF-8").doesNotContain("0x", "byte");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void refusesControlBidiAndLoneSurrogatesNamingTheFieldAndRule() {
        assertThat(startRefused("{\"organizationName\": \"Acme\\u0000\"}")).containsExactly(
                "organizationName control_character");
        assertThat(startRefused("{\"organizationName\": \"Acme\\u0085\"}")).containsExactly(
                "organizationName control_character");
        assertThat(startRefused("{\"organizationName\": \"Acme\\nInc\"}")).containsExactly(
                "organizationName control_character");
        assertThat(startRefused("{\"organizationName\": \"abc\\u202Egpj.exe\"}")).containsExactly(
                "organizationName bidi_control");
        assertThat(startRefused("{\"organizationName\": \"\\u2066x\\u2069\"}")).containsExactly(
                "organizationName bidi_control");
        // Jackson turns the escape into a Java string holding a lone surrogate: refused before any store sees it.
        assertThat(startRefused("{\"organizationName\": \"Acme \\ud800\"}")).containsExactly(
                "organizationName lone_surrogate");
        assertThat(startRefused("{\"organizationName\": \"\\udc00\"}")).containsExactly(
                "organizationName lone_surrogate");
        assertThat(startRefused("{\"organizationName\": \"Acme\", \"x\\u0000\": 1}")).containsExactly(
                "body control_character");
        String id = api.startAudit();
        JsonNode answer = Api.problem(api.json("PUT", "/api/v1/audits/" + id + "/answers/org_notes",
                "{\"value\": \"a\\ud83d\"}"), 422);
        assertThat(Api.errors(answer)).containsExactly("value lone_surrogate");
        JsonNode many = Api.problem(api.json("PATCH", "/api/v1/audits/" + id + "/answers",
                "{\"answers\": {\"org_notes\": \"a\\u0007\", \"controls\": [\"soc2\", \"\\u202D\"]}}"), 422);
        assertThat(Api.errors(many)).containsExactly("answers.org_notes control_character",
                "answers.controls[1] bidi_control");
        assertThat(answers(id).isEmpty()).isTrue();
    }

    @Test
    void refusesHiddenCharactersInAGuestEmailAndAReportCustomization() {
        Api.Reply started = api.anonymous().json("POST", "/api/v1/audits", "{\"organizationName\": \"Guest Ltd\"}");
        Api guest = api.asGuest(started.json().get("guestToken").asText());
        String path = "/api/v1/audits/" + started.json().get("id").asText() + "/guest-email";

        assertThat(Api.errors(Api.problem(guest.json("POST", path, "{\"email\": \"a@example.com\\u202E\"}"), 422)))
                .containsExactly("email bidi_control");
        assertThat(Api.errors(Api.problem(guest.json("POST", path, "{\"email\": \"a@example.com\\r\\n\"}"), 422)))
                .containsExactly("email control_character");
        JsonNode report = Api.problem(api.json("POST", "/api/v1/audits/" + api.startAudit() + "/reports",
                "{\"customization\": {\"organizationName\": \"Acme\\u0000\"}}"), 422);
        assertThat(Api.errors(report)).containsExactly("customization.organizationName control_character");
    }

    private List<String> startRefused(String body) {
        JsonNode problem = Api.problem(api.json("POST", "/api/v1/audits", body), 422);
        assertThat(problem.get("detail").asText()).contains("U+");
        return Api.errors(problem);
    }

    @Test
    void composesTextToNfcBeforeStoringIt() {
        var reply = api.json("POST", "/api/v1/audits", "{\"organizationName\": \"Cafe\\u0301 \\uD83D\\uDE00\"}");
        assertThat(reply.status()).isEqualTo(201);
        String id = reply.json().get("id").asText();

        assertThat(api.get("/api/v1/audits/" + id).json().get("organizationName").asText())
                .isEqualTo("Caf\u00e9 \uD83D\uDE00");
        assertThat(api.json("PUT", "/api/v1/audits/" + id + "/answers/org_notes", "{\"value\": \"Line\\ne\\u0301\"}")
                .status()).isEqualTo(200);
        assertThat(answers(id).get("org_notes").asText()).isEqualTo("Line\n\u00e9");
    }

    @Test
    void matchesOnlyTheCanonicalStrongEtag() {
        String id = api.startAudit();
        String path = "/api/v1/audits/" + id + "/answers/company_size";

        for (String tag : List.of("\"001\"", "\"01\"", "W/\"1\"", "\"+1\"", "\"one\"")) {
            JsonNode problem = Api.problem(api.json("PUT", path, "{\"value\": \"small\"}", "If-Match", tag), 412);
            assertThat(problem.get("detail").asText()).as(tag).contains("no version");
        }
        for (String malformed : List.of("1", "\"1 \"", "\"1\", \"2\"")) {
            assertThat(Api.errors(Api.problem(api.json("PUT", path, "{\"value\": \"small\"}", "If-Match",
                    malformed), 400))).as(malformed).containsExactly("If-Match invalid_format");
        }
        assertThat(api.json("PUT", path, "{\"value\": \"small\"}", "If-Match", "\"1\"").status()).isEqualTo(200);
        Api.problem(api.json("PUT", path, "{\"value\": \"large\"}", "If-Match", "\"002\""), 412);
        assertThat(api.json("PUT", path, "{\"value\": \"large\"}", "If-Match", "\"2\"").status()).isEqualTo(200);
    }

    @Test
    void statesThePagingBoundItChecks() {
        assertThat(api.get("/api/v1/audits?page=1000000000").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/audits?page=" + Integer.MAX_VALUE).status()).isEqualTo(200);

        for (String page : List.of("2147483648", "99999999999999999999", "-1", "1e3")) {
            JsonNode problem = Api.problem(api.get("/api/v1/audits?page=" + page), 400);
            assertThat(problem.get("detail").asText()).as(page)
                    .startsWith("page must be a whole number from 0 to " + Integer.MAX_VALUE + ", got: ");
        }
        assertThat(Api.problem(api.get("/api/v1/audits?size=101"), 400).get("detail").asText())
                .startsWith("size must be a whole number from 1 to 100");
        assertThat(api.get("/api/v1/audits?size=100").status()).isEqualTo(200);
    }
}

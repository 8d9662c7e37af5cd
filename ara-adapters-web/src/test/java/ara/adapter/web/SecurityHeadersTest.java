package ara.adapter.web;

import ara.adapter.web.http.SecurityHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every response carries the security headers and a request id, whoever produced it: a handler, the exception
 * mapping or Javalin itself. */
class SecurityHeadersTest extends ApiTest {
    private static final Map<String, String> EXPECTED = Map.of(
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains",
            "Content-Security-Policy",
            "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Frame-Options", "DENY",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()",
            "Cross-Origin-Opener-Policy", "same-origin");


    @AfterEach
    void healUseCases() {
        api.backend.hook.clear();
    }

    private static Api.Reply secured(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        EXPECTED.forEach((name, value) -> assertThat(reply.header(name)).as(name + " on " + status).isEqualTo(value));
        assertThat(reply.header("Content-Security-Policy")).doesNotContain("unsafe");
        assertThat(reply.header("X-Request-Id")).as("X-Request-Id on " + status).isNotBlank();
        return reply;
    }

    @Test
    void theDocumentedValuesAreTheOnesSent() {
        assertThat(SecurityHeaders.ALL).isEqualTo(EXPECTED);
    }

    @Test
    void aSuccessCarriesThemAndIsNotStored() {
        String id = api.startAudit();
        Api.Reply reply = secured(api.get("/api/v1/audits/" + id), 200);

        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(secured(api.get("/api/live"), 200).header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theQuestionnaireStaysRevalidatable() {
        Api.Reply first = secured(api.get("/api/v1/questionnaire"), 200);
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");

        Api.Reply again = secured(api.get("/api/v1/questionnaire", "If-None-Match", first.header("ETag")), 304);
        assertThat(again.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    }

    @Test
    void aNotModifiedAuditCarriesThem() {
        String id = api.startAudit();
        String etag = api.get("/api/v1/audits/" + id).header("ETag");

        secured(api.get("/api/v1/audits/" + id, "If-None-Match", etag), 304);
    }

    @Test
    void anUnknownRouteCarriesThem() {
        secured(api.get("/api/v1/nope"), 404);
        // A path outside the API belongs to the web pages: the same headers, with the pages' policy.
        Api.Reply page = api.get("/nowhere/at/all");
        assertThat(page.status()).isEqualTo(404);
        SecurityHeaders.PAGES.forEach((name, value) -> assertThat(page.header(name)).as(name).isEqualTo(value));
        assertThat(SecurityHeaders.PAGES).containsAllEntriesOf(withoutPolicy(EXPECTED));
        assertThat(page.header("X-Request-Id")).isNotBlank();
    }

    private static Map<String, String> withoutPolicy(Map<String, String> headers) {
        Map<String, String> rest = new HashMap<>(headers);
        rest.remove("Content-Security-Policy");
        return rest;
    }

    @Test
    void aWrongMethodCarriesThem() {
        secured(api.send("DELETE", "/api/v1/questionnaire", null), 405);
    }

    @Test
    void aBodyOverTheLimitCarriesThem() {
        String big = "{\"answers\": {\"org_notes\": \"" + "x".repeat(65 * 1024) + "\"}}";

        secured(api.json("POST", "/api/v1/score", big), 413);
    }

    @Test
    void malformedJsonAndAWrongContentTypeCarryThem() {
        secured(api.json("POST", "/api/v1/score", "{\"answers\": "), 400);
        secured(api.send("POST", "/api/v1/score", "{}", "Content-Type", "text/plain"), 400);
    }

    @Test
    void aValidationFailureCarriesThem() {
        secured(api.json("POST", "/api/v1/audits", "{\"organizationName\": \"" + "x".repeat(201) + "\"}"), 422);
    }

    @Test
    void anUnexpectedFailureCarriesThem() {
        api.backend.hook.set(name -> {
            throw new IllegalStateException("boom");
        });

        secured(api.get("/api/v1/questionnaire"), 500);
    }
}

package ara.adapter.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorsTest {
    private static final String APP = "https://app.example.com";

    private static Api corsFor(String... origins) {
        return new Api(Api.testSettings().withCorsOrigins(List.of(origins)));
    }

    @Test
    void anAllowedOriginGetsItselfBackWithTheExposedHeaders() {
        try (Api api = corsFor(APP, "http://localhost:5173")) {
            Api.Reply reply = api.get("/api/v1/questionnaire", "Origin", APP);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(APP);
            assertThat(reply.header("Access-Control-Allow-Credentials")).as("no cookies, no credentialed CORS").isNull();
            assertThat(reply.header("Access-Control-Expose-Headers")).isEqualTo("ETag, Location, X-Request-Id");
            assertThat(reply.header("Vary")).isEqualTo("Origin");
        }
    }

    @Test
    void anErrorForAnAllowedOriginCarriesTheHeadersToo() {
        try (Api api = corsFor(APP)) {
            Api.Reply reply = api.get("/api/v1/nope", "Origin", APP);

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(APP);
        }
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() {
        try (Api api = corsFor(APP)) {
            for (String origin : List.of("https://evil.example.com", "https://app.example.com.evil.net",
                    "http://app.example.com", "null")) {
                Api.Reply reply = api.get("/api/v1/questionnaire", "Origin", origin);

                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.header("Access-Control-Allow-Origin")).as(origin).isNull();
                assertThat(reply.header("Access-Control-Allow-Credentials")).as(origin).isNull();
                assertThat(reply.header("Vary")).isEqualTo("Origin");
            }
        }
    }

    @Test
    void answersAPreflightFromAnAllowedOrigin() {
        try (Api api = corsFor(APP)) {
            Api.Reply reply = api.send("OPTIONS", "/api/v1/audits/x/answers/y", null, "Origin", APP,
                    "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "content-type,if-match");

            assertThat(reply.status()).isEqualTo(204);
            assertThat(reply.body()).isEmpty();
            assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(APP);
            assertThat(reply.header("Access-Control-Allow-Methods")).isEqualTo("GET, POST, PUT, PATCH, DELETE");
            assertThat(reply.header("Access-Control-Allow-Headers")).isEqualTo(
                    "Authorization, Content-Type, If-Match, If-None-Match, X-Guest-Token, X-Request-Id");
            assertThat(reply.header("Access-Control-Max-Age")).isEqualTo("600");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(api.backend.writes()).isZero();
        }
    }

    @Test
    void aPreflightFromAnotherOriginGetsNoAllowHeaders() {
        try (Api api = corsFor(APP)) {
            Api.Reply reply = api.send("OPTIONS", "/api/v1/audits", null, "Origin", "https://evil.example.com",
                    "Access-Control-Request-Method", "POST");

            assertThat(reply.status()).isEqualTo(204);
            assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
            assertThat(reply.header("Access-Control-Allow-Methods")).isNull();
            assertThat(reply.header("Access-Control-Allow-Headers")).isNull();
        }
    }

    @Test
    void withoutConfiguredOriginsThereIsNoCorsAtAll() {
        try (Api api = new Api()) {
            Api.Reply simple = api.get("/api/v1/questionnaire", "Origin", APP);
            Api.Reply preflight = api.send("OPTIONS", "/api/v1/audits", null, "Origin", APP,
                    "Access-Control-Request-Method", "POST");

            assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
            assertThat(simple.header("Vary")).isNull();
            assertThat(preflight.status()).isEqualTo(405);
            assertThat(preflight.headers().keySet()).noneMatch(name -> name.startsWith("access-control-"));
        }
    }

    @Test
    void refusesAnOriginThatIsNotOne() {
        for (String bad : List.of("*", "https://*.example.com", "app.example.com", "https://app.example.com/",
                "https://app.example.com/path", "ftp://app.example.com")) {
            assertThatThrownBy(() -> Api.testSettings().withCorsOrigins(List.of(bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("corsOrigins");
        }
    }
}

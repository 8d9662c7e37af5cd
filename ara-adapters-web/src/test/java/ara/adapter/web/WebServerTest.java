package ara.adapter.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebServerTest {

    @Test
    void answersLivenessOnARandomPort() {
        try (Api api = new Api()) {
            assertThat(api.server.port()).isPositive();
            Api.Reply reply = api.get("/api/live");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Content-Type")).startsWith("application/json");
            assertThat(reply.json().get("status").asText()).isEqualTo("UP");
            assertThat(reply.json().size()).isEqualTo(1);
        }
    }

    @Test
    void registersEveryRouteOfTheRouteTable() {
        try (Api api = new Api()) {
            assertThat(api.server.routes()).contains("GET /api/live", "GET /api/openapi.json",
                    "PUT /api/v1/audits/{id}/answers/{questionId}", "POST /api/v1/audits/{id}/claim",
                    "POST /api/v1/audits/{id}/guest-email", "HEAD /api/live", "GET /api/ready", "HEAD /api/ready",
                    "GET /api/health", "GET /api/health/database", "GET /api/health/redis",
                    "GET /api/health/storage", "HEAD /api/health/storage", "GET /api/metrics",
                    "POST /api/v1/audits/{id}/reports", "GET /api/v1/reports/{id}/download", "PUT /api/v1/files/<key>",
                    "POST /r2/upload", "POST /r2/grants", "GET /r2/health",
                    "GET /api/v1/admin/stats", "POST /api/v1/admin/maintenance/guest-cleanup",
                    "POST /api/v1/admin/maintenance/audit-log-cleanup", "GET /api/v1/admin/questionnaires",
                    "POST /api/v1/admin/questionnaires", "POST /api/v1/admin/maintenance/report-cleanup",
                    "POST /api/v1/audits/{id}/chat/messages", "HEAD /api/v1/audits/{id}", "GET /api/v1/questionnaires",
                    "GET /api/v1/questionnaires/{id}", "HEAD /api/v1/questionnaires",
                    "POST /api/v1/admin/webhooks", "GET /api/v1/admin/webhooks", "GET /api/v1/admin/webhooks/{id}",
                    "PATCH /api/v1/admin/webhooks/{id}", "DELETE /api/v1/admin/webhooks/{id}",
                    "POST /api/v1/admin/webhooks/{id}/secret", "GET /api/v1/admin/webhooks/{id}/deliveries",
                    "POST /api/v1/admin/webhooks/{id}/deliveries/{eventId}/replay",
                    "POST /api/v1/audits/{id}/resume-link", "POST /api/v1/audits/resume",
                    "GET /api/v1/mail/unsubscribe", "HEAD /api/v1/mail/unsubscribe",
                    "POST /api/v1/mail/unsubscribe", "DELETE /api/v1/audits/{id}", "DELETE /api/v1/me",
                    "POST /api/v1/audits/{id}/retake", "GET /api/v1/audits/{id}/comparison",
                    "HEAD /api/v1/audits/{id}/comparison").hasSize(91);
        }
    }

    @Test
    void answersHeadAsItAnswersGetWithoutABody() {
        try (Api api = new Api()) {
            String audit = "/api/v1/audits/" + UUID.randomUUID();
            Api.Reply get = api.anonymous().get(audit);
            Api.Reply head = api.anonymous().send("HEAD", audit, null);
            assertThat(get.status()).isEqualTo(401);
            assertThat(head.status()).isEqualTo(401);
            assertThat(head.body()).isEmpty();
            Api.Reply questionnaire = api.send("HEAD", "/api/v1/questionnaire", null);
            assertThat(questionnaire.status()).isEqualTo(200);
            assertThat(questionnaire.header("Content-Type")).isEqualTo(api.get("/api/v1/questionnaire")
                    .header("Content-Type"));
            assertThat(questionnaire.body()).isEmpty();
        }
    }

    @Test
    void refusesToStartTwice() {
        try (Api api = new Api()) {
            assertThatThrownBy(api.server::start).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void servesOnVirtualThreadsWhenAskedTo() {
        assertThat(handlerThreadIsVirtual(true)).isTrue();
        assertThat(handlerThreadIsVirtual(false)).isFalse();
    }

    private static boolean handlerThreadIsVirtual(boolean virtualThreads) {
        AtomicBoolean virtual = new AtomicBoolean(!virtualThreads);
        try (Api api = new Api(Api.testSettings().withVirtualThreads(virtualThreads))) {
            api.backend.hook.set(name -> virtual.set(Thread.currentThread().isVirtual()));
            assertThat(api.get("/api/v1/questionnaire").status()).isEqualTo(200);
        }
        return virtual.get();
    }

    @Test
    void stopLetsAnInFlightRequestFinish() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Api api = new Api(Api.testSettings().withStopTimeout(Duration.ofSeconds(10)));
        api.backend.hook.set(name -> {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CompletableFuture<Api.Reply> inFlight = CompletableFuture.supplyAsync(() -> api.get("/api/v1/questionnaire"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(api::close);
        Thread.sleep(300);
        assertThat(stopping).isNotDone();
        release.countDown();
        assertThat(inFlight.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        stopping.get(10, TimeUnit.SECONDS);
    }

    @Test
    void rejectsImpossibleSettings() {
        assertThatThrownBy(() -> WebSettings.defaults().withPort(70_000)).hasMessageContaining("port");
        assertThatThrownBy(() -> WebSettings.defaults().withMaxRequestBytes(0)).hasMessageContaining("maxRequestBytes");
        assertThatThrownBy(() -> WebSettings.defaults().withHost(" ")).hasMessageContaining("host");
        assertThat(WebSettings.defaults().maxRequestBytes()).isEqualTo(64 * 1024);
        assertThat(WebSettings.defaults().maxQuestionnaireBytes()).isEqualTo(1024 * 1024);
        assertThatThrownBy(() -> WebSettings.defaults().withMaxQuestionnaireBytes(0))
                .hasMessageContaining("maxQuestionnaireBytes");
        assertThat(WebSettings.defaults().virtualThreads()).isTrue();
        assertThatThrownBy(() -> WebSettings.defaults().withTrustedProxies(List.of("10.0.0.0/8", "gateway")))
                .hasMessageContaining("trustedProxies").hasMessageContaining("gateway");
        assertThat(WebSettings.defaults().corsOrigins()).isEmpty();
        assertThat(WebSettings.defaults().trustedProxies()).isEmpty();
        assertThat(WebSettings.defaults().withTrustedProxies(List.of("::1", "127.0.0.0/8")).trustedProxies())
                .containsExactly("::1", "127.0.0.0/8");
    }
}

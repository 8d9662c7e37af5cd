package ara.adapter.web;

import ara.adapter.web.problem.ExceptionMapping;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import ara.application.port.out.StoreUnavailable;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsTest extends ApiTest {
    @AfterEach
    void healUseCases() {
        api.useCases.beforeEachCall(name -> { });
    }

    @Test
    void hidesAnUnexpectedFailureBehindACorrelationIdAndLogsIt() {
        Logger logger = (Logger) LoggerFactory.getLogger(ExceptionMapping.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        api.useCases.beforeEachCall(name -> {
            throw new IllegalStateException("secret database password in a message");
        });
        try {
            Api.Reply reply = api.get("/api/v1/questionnaire");

            JsonNode problem = Api.problem(reply, 500);
            String correlationId = problem.get("correlationId").asText();
            assertThat(UUID.fromString(correlationId)).isNotNull();
            assertThat(reply.header("X-Correlation-Id")).isEqualTo(correlationId);
            assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:internal-error");
            assertThat(problem.get("detail").asText()).contains(correlationId);
            assertThat(reply.body()).doesNotContain("secret", "IllegalState", "at ara.");
            assertThat(log.list).anySatisfy(event -> {
                assertThat(event.getFormattedMessage()).contains(correlationId);
                assertThat(event.getThrowableProxy().getMessage()).contains("secret");
                assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
            });
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void anUnreachableStoreIsA503WithRetryAfterAndNoInternals() {
        api.useCases.beforeEachCall(name -> {
            throw new StoreUnavailable("could not connect to jdbc:mysql://db-secret-host/ara", null);
        });

        Api.Reply reply = api.send("POST", "/api/v1/audits", null);

        JsonNode problem = Api.problem(reply, 503);
        assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:service-unavailable");
        assertThat(reply.header("Retry-After")).isEqualTo("5");
        assertThat(reply.body()).doesNotContain("db-secret-host", "jdbc");
    }

    @Test
    void mapsAFailureInAWriteToA500Too() {
        api.useCases.beforeEachCall(name -> {
            if (name.equals("start")) {
                throw new UnsupportedOperationException("boom");
            }
        });

        assertThat(Api.problem(api.send("POST", "/api/v1/audits", null), 500).has("correlationId")).isTrue();
    }

    @Test
    void mapsAnErrorThatIsNotAVirtualMachineErrorToA500() {
        api.useCases.beforeEachCall(name -> {
            throw new AssertionError("internal invariant");
        });

        Api.Reply reply = api.get("/api/v1/questionnaire");

        assertThat(Api.problem(reply, 500).has("correlationId")).isTrue();
        assertThat(reply.body()).doesNotContain("invariant", "AssertionError");
    }

    @Test
    void answersAnUnknownRouteWithAProblem() {
        JsonNode problem = Api.problem(api.get("/api/v1/nope"), 404);

        assertThat(problem.get("detail").asText()).contains("/api/v1/nope");
        assertThat(problem.has("correlationId")).isFalse();
    }

    @Test
    void answersAWrongMethodWithAProblem() {
        JsonNode problem = Api.problem(api.send("DELETE", "/api/v1/questionnaire", null), 405);

        assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:method-not-allowed");
    }
}

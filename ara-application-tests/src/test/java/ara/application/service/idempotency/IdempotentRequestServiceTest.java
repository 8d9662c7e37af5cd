package ara.application.service.idempotency;

import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.idempotency.IdempotencyKeyRejected;
import ara.application.port.in.idempotency.IdempotencyView;
import ara.application.port.in.idempotency.IdempotentRequestCommand;
import ara.application.port.out.idempotency.IdempotencyKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotentRequestServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final IdempotentRequestService service = new IdempotentRequestService(ports.idempotency,
            IdempotentRequestService.DEFAULT_RETENTION);

    private static IdempotentRequestCommand request(String caller, String key, String fingerprint) {
        return new IdempotentRequestCommand(caller, key, fingerprint);
    }

    private static IdempotencyView.Response created() {
        return new IdempotencyView.Response(201, Map.of("Location", "/api/v1/audits/1"),
                "{\"id\":1}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstRequestStartsAndARetryWhileItRunsIsInFlight() {
        IdempotentRequestCommand command = request("user:alice", "key-1", "POST /audits abc");

        assertThat(service.begin(command)).isInstanceOf(IdempotencyView.Started.class);
        assertThat(service.begin(command)).isInstanceOf(IdempotencyView.InFlight.class);
    }

    @Test
    void aRetryAfterCompletionReplaysTheKeptResponse() {
        IdempotentRequestCommand command = request("user:alice", "key-1", "POST /audits abc");
        service.begin(command);

        service.complete(command, created());

        assertThat(service.begin(command)).isInstanceOfSatisfying(IdempotencyView.Replay.class, replay -> {
            assertThat(replay.response().status()).isEqualTo(201);
            assertThat(replay.response().headers()).containsEntry("Location", "/api/v1/audits/1");
            assertThat(new String(replay.response().body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}");
        });
    }

    @Test
    void theSameKeyForAnotherRequestIsAMismatch() {
        service.begin(request("user:alice", "key-1", "POST /audits abc"));

        assertThat(service.begin(request("user:alice", "key-1", "POST /audits xyz")))
                .isInstanceOf(IdempotencyView.Mismatch.class);
    }

    @Test
    void anAbandonedKeyRunsAgain() {
        IdempotentRequestCommand command = request("user:alice", "key-1", "POST /audits abc");
        service.begin(command);

        service.abandon(command);

        assertThat(service.begin(command)).isInstanceOf(IdempotencyView.Started.class);
    }

    @Test
    void keysOfDifferentCallersNeverMeet() {
        service.begin(request("user:alice", "key-1", "POST /audits abc"));

        assertThat(service.begin(request("user:bob", "key-1", "POST /audits abc")))
                .isInstanceOf(IdempotencyView.Started.class);
    }

    @Test
    void rejectsAnEmptyATooLongOrAnInvisibleKey() {
        assertThatThrownBy(() -> service.begin(request("user:alice", "", "f")))
                .isInstanceOfSatisfying(IdempotencyKeyRejected.class, e -> assertThat(e.rule()).isEqualTo("required"));
        assertThatThrownBy(() -> service.begin(request("user:alice", "k".repeat(IdempotencyKey.MAX_LENGTH + 1), "f")))
                .isInstanceOfSatisfying(IdempotencyKeyRejected.class, e -> assertThat(e.rule()).isEqualTo("too_long"));
        for (String key : new String[] {"with space", "tab\there", "clé"}) {
            assertThatThrownBy(() -> service.begin(request("user:alice", key, "f")))
                    .isInstanceOfSatisfying(IdempotencyKeyRejected.class,
                            e -> assertThat(e.rule()).isEqualTo("invalid_format"));
        }
        assertThat(service.begin(request("user:alice", "k".repeat(IdempotencyKey.MAX_LENGTH), "f")))
                .isInstanceOf(IdempotencyView.Started.class);
        assertThat(service.begin(request("user:alice", "!~", "f"))).isInstanceOf(IdempotencyView.Started.class);
    }

    @Test
    void needsAPositiveRetention() {
        assertThatThrownBy(() -> new IdempotentRequestService(ports.idempotency, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
    }
}

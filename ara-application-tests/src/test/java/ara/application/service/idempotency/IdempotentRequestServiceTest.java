package ara.application.service.idempotency;

import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.idempotency.IdempotencyKeyGuessable;
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
        return new IdempotentRequestCommand(caller, false, key, fingerprint);
    }

    private static IdempotentRequestCommand anonymous(String key) {
        return new IdempotentRequestCommand("ip:192.0.2.7", true, key, "POST /audits abc");
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

    /** {@code KeyStrength}'s alphabets, each just under and at 128 bits, through the use case. */
    @Test
    void anAnonymousKeyNeeds128BitsByTheSmallestAlphabetItFits() {
        Map<String, Integer> weak = Map.of(
                "z".repeat(21), 126,                                  // base64url: 6 bits a character
                "0123456789abcdef0123456789abcde", 124,               // hex: 4 bits a digit
                "0123456789ABCDEF-0123456789ABCDE", 124,              // hyphens carry nothing in hex
                "5f0c7d1e-2b1a-4f7e-9c55-0a1d2e3f4a5b", 122,          // a UUID: version and variant fixed
                "1".repeat(38), 126,                                  // decimal: 3.32 bits a digit
                "!".repeat(200), 0);                                  // outside the alphabets
        weak.forEach((key, bits) -> assertThatThrownBy(() -> service.begin(anonymous(key))).as(key)
                .isInstanceOfSatisfying(IdempotencyKeyGuessable.class, e -> {
                    assertThat(e.bits()).isEqualTo(bits);
                    assertThat(e.getMessage()).contains("128").contains(bits + " bits");
                }));
        for (String key : new String[] {"z".repeat(22), "0123456789abcdef0123456789abcdef",
                "5f0c7d1e-2b1a-4f7e-9c55-0a1d2e3f4a5b-5f0c7d1e", "1".repeat(39), "q2Vb7yQhS0m1xZ9kR4tLfA"}) {
            assertThat(service.begin(anonymous(key))).as(key).isInstanceOf(IdempotencyView.Started.class);
        }
    }

    @Test
    void aSignedInOrGuestCallersKeyOnlyNeedsToBeVisibleAscii() {
        assertThat(service.begin(request("user:alice", "1", "f"))).isInstanceOf(IdempotencyView.Started.class);
        assertThat(service.begin(request("guest:abc", "1", "f"))).isInstanceOf(IdempotencyView.Started.class);
    }

    @Test
    void anAnonymousKeyIsCheckedForItsFormatFirst() {
        assertThatThrownBy(() -> service.begin(anonymous("two words")))
                .isInstanceOfSatisfying(IdempotencyKeyRejected.class,
                        e -> assertThat(e.rule()).isEqualTo("invalid_format"));
    }

    @Test
    void needsAPositiveRetention() {
        assertThatThrownBy(() -> new IdempotentRequestService(ports.idempotency, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
    }
}

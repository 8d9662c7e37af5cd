package ara.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Idempotency-Key} on POST routes as HTTP shows it. */
class IdempotencyApiTest {
    private static final String KEY = "Idempotency-Key";
    /** 16 random bytes in base64url: an anonymous caller's key. */
    private static final String STRONG = "q2Vb7yQhS0m1xZ9kR4tLfA";
    private Api api;

    @BeforeEach
    void startServer() {
        api = new Api();
    }

    @AfterEach
    void stopServer() {
        api.backend.hook.clear();
        api.close();
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstResponseWithoutRunningAgain() {
        Api.Reply first = api.json("POST", "/api/v1/audits", "{\"organizationName\": \"Acme\"}", KEY, "k-1");
        int writes = api.backend.writes();

        Api.Reply retry = api.json("POST", "/api/v1/audits", "{\"organizationName\": \"Acme\"}", KEY, "k-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("X-Request-Id")).as("the retry's own request id").isNotEqualTo(
                first.header("X-Request-Id"));
        assertThat(api.backend.writes()).as("nothing ran again").isEqualTo(writes);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        api.json("POST", "/api/v1/audits", "{\"organizationName\": \"Acme\"}", KEY, "k-2");
        int writes = api.backend.writes();

        JsonNode problem = Api.problem(api.json("POST", "/api/v1/audits", "{\"organizationName\": \"Other\"}",
                KEY, "k-2"), 422);

        assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:idempotency-key-reused");
        assertThat(api.backend.writes()).isEqualTo(writes);
    }

    @Test
    void theSameKeyOnAnotherPathIs422() {
        String audit = api.startAudit();
        api.answerAllRequired(audit);
        api.json("POST", "/api/v1/audits", "{}", KEY, "k-3");

        Api.problem(api.send("POST", "/api/v1/audits/" + audit + "/submit", "{}", KEY, "k-3",
                "Content-Type", "application/json"), 422);
    }

    @Test
    void aRetryWhileTheFirstIsRunningIs409() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        api.backend.hook.set(name -> {
            if (name.equals("audits.create")) {
                entered.countDown();
                await(release);
            }
        });
        CompletableFuture<Api.Reply> first = CompletableFuture.supplyAsync(
                () -> api.json("POST", "/api/v1/audits", "{}", KEY, "k-4"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        JsonNode problem = Api.problem(api.json("POST", "/api/v1/audits", "{}", KEY, "k-4"), 409);
        release.countDown();

        assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:idempotency-key-in-use");
        assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
        api.backend.hook.clear();
        Api.Reply replay = api.json("POST", "/api/v1/audits", "{}", KEY, "k-4");
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.body()).isEqualTo(first.get().body());
    }

    @Test
    void aFailedFirstAttemptFreesTheKeySoTheRetryRuns() {
        JsonNode problem = Api.problem(api.json("POST", "/api/v1/audits", "{\"questionnaire\": \"nope\"}",
                KEY, "k-5"), 422);
        assertThat(problem).isNotNull();
        api.backend.hook.set(name -> {
            throw new IllegalStateException("boom");
        });
        Api.problem(api.json("POST", "/api/v1/audits", "{\"questionnaire\": \"nope\"}", KEY, "k-5"), 500);
        api.backend.hook.clear();

        Api.Reply retry = api.json("POST", "/api/v1/audits", "{\"questionnaire\": \"nope\"}", KEY, "k-5");

        assertThat(retry.status()).as("ran again: the same 422, not a replay and not a 409").isEqualTo(422);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void keysBelongToTheirCaller() {
        Api.Reply alice = api.json("POST", "/api/v1/audits", "{}", KEY, "k-6");
        Api.Reply bob = api.asUser("bob").json("POST", "/api/v1/audits", "{}", KEY, "k-6");
        Api.Reply guest = api.anonymous().json("POST", "/api/v1/audits", "{}", KEY, STRONG);
        Api.Reply stranger = api.anonymous().json("POST", "/api/v1/audits", "{}", KEY, STRONG);

        assertThat(bob.header("Idempotent-Replayed")).isNull();
        assertThat(guest.header("Idempotent-Replayed")).isNull();
        assertThat(bob.header("Location")).isNotEqualTo(alice.header("Location"));
        assertThat(guest.header("Location")).isNotEqualTo(alice.header("Location"));
        assertThat(stranger.header("Idempotent-Replayed")).as("the anonymous holder of the key gets its 201 back")
                .isEqualTo("true");
        assertThat(stranger.body()).isEqualTo(guest.body());
    }

    @Test
    void anAnonymousKeyMustCarry128Bits() {
        int writes = api.backend.writes();
        for (String weak : new String[] {"k-6", UUID.randomUUID().toString(), "z".repeat(21),
                "0123456789abcdef0123456789abcde", "1".repeat(38), "a.b.c.d.e.f.g.h.i.j.k.l.m.n"}) {
            JsonNode problem = Api.problem(api.anonymous().json("POST", "/api/v1/audits", "{}", KEY, weak), 422);
            assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:validation-failed");
            assertThat(Api.errors(problem)).as(weak).containsExactly("Idempotency-Key min_entropy_128_bits");
        }
        assertThat(api.backend.writes()).as("nothing ran").isEqualTo(writes);

        for (String strong : new String[] {"z".repeat(22), "0123456789abcdef0123456789abcdef", "1".repeat(39),
                UUID.randomUUID() + "-" + UUID.randomUUID()}) {
            assertThat(api.anonymous().json("POST", "/api/v1/audits", "{}", KEY, strong).status()).as(strong)
                    .isEqualTo(201);
        }
        assertThat(api.asUser("bob").json("POST", "/api/v1/audits", "{}", KEY, "k").status())
                .as("a signed-in user's keys are scoped to the user: any visible key").isEqualTo(201);
    }

    @Test
    void rejectsAKeyTooLongOrNotVisibleAsciiOrRepeated() {
        int writes = api.backend.writes();
        JsonNode tooLong = Api.problem(api.json("POST", "/api/v1/audits", "{}", KEY, "k".repeat(256)), 400);
        assertThat(Api.errors(tooLong)).containsExactly("Idempotency-Key too_long");
        JsonNode repeated = Api.problem(api.json("POST", "/api/v1/audits", "{}", KEY, "a", KEY, "b"), 400);
        assertThat(Api.errors(repeated)).containsExactly("Idempotency-Key repeated");
        assertThat(api.backend.writes()).isEqualTo(writes);
    }

    @Test
    void withoutTheHeaderEveryPostRuns() {
        Api.Reply first = api.json("POST", "/api/v1/audits", "{}");
        Api.Reply second = api.json("POST", "/api/v1/audits", "{}");

        assertThat(second.header("Location")).isNotEqualTo(first.header("Location"));
    }

    @Test
    void keysApplyToPostOnly() {
        String audit = api.startAudit();

        api.json("PUT", "/api/v1/audits/" + audit + "/answers/ai_usage", "{\"value\": 1}", KEY, "k-7");
        Api.Reply again = api.json("PUT", "/api/v1/audits/" + audit + "/answers/ai_usage", "{\"value\": 1}",
                KEY, "k-7");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).as("PUT is idempotent by itself and simply runs").isNull();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

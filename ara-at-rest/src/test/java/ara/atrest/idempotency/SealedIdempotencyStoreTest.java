package ara.atrest.idempotency;

import ara.adapter.memory.InMemoryIdempotencyStore;
import ara.application.port.out.idempotency.IdempotencyClaim;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.application.port.out.idempotency.StoredResponse;
import ara.atrest.seal.DataKey;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.PersonalDataCipher;
import ara.atrest.seal.SealedValueUnreadable;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealedIdempotencyStoreTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration DAY = Duration.ofHours(24);
    private static final String SCOPE = "ip:192.0.2.7";
    private static final String KEY = "q2Vb7yQhS0m1xZ9kR4tLfA";
    private static final String TOKEN = "guest-token-6Jk1VqQ2";
    private static final StoredResponse CREATED = new StoredResponse(201,
            Map.of("Location", "/api/v1/audits/7f0c", "Content-Type", "application/json"),
            ("{\"id\":\"7f0c\",\"guestToken\":\"" + TOKEN + "\"}").getBytes(StandardCharsets.UTF_8));

    private final DataKeyRing first = DataKeyRing.of(DataKey.generate("k1", RANDOM));
    private final Seen seen = new Seen(new InMemoryIdempotencyStore());

    @Test
    void theWrappedStoreHoldsNeitherTheKeyNorTheCallerNorTheResponseInClear() {
        IdempotencyStore store = new SealedIdempotencyStore(seen, first);
        store.begin(SCOPE, KEY, "fp-1", DAY);
        store.complete(SCOPE, KEY, CREATED);

        assertThat(seen.calls).isNotEmpty().allSatisfy(call -> assertThat(call)
                .doesNotContain(KEY).doesNotContain("192.0.2.7").doesNotContain("fp-1").doesNotContain(TOKEN)
                .doesNotContain("7f0c").doesNotContain("Location"));
        StoredResponse kept = seen.completed.getFirst();
        assertThat(kept.status()).as("the status stays readable").isEqualTo(201);
        assertThat(kept.headers()).isEmpty();
        assertThat(new String(kept.body(), StandardCharsets.US_ASCII)).startsWith("v1.k1.").doesNotContain(TOKEN);
        assertThat(store.begin(SCOPE, KEY, "fp-1", DAY)).isEqualTo(new IdempotencyClaim.Replay(CREATED));
    }

    @Test
    void forgettingACallerRemovesTheirRecordsOnlyWithoutNamingThemToTheWrappedStore() {
        IdempotencyStore store = new SealedIdempotencyStore(seen, first);
        store.begin(SCOPE, KEY, "fp-1", DAY);
        store.complete(SCOPE, KEY, CREATED);
        store.begin("ip:192.0.2.8", KEY, "fp-1", DAY);
        store.complete("ip:192.0.2.8", KEY, CREATED);

        store.forget(SCOPE);

        assertThat(seen.calls.getLast()).startsWith("forget sealed-v2:").doesNotContain("192.0.2.7");
        assertThat(store.begin(SCOPE, KEY, "fp-1", DAY)).isInstanceOf(IdempotencyClaim.Started.class);
        assertThat(store.begin("ip:192.0.2.8", KEY, "fp-1", DAY)).isEqualTo(new IdempotencyClaim.Replay(CREATED));
    }

    @Test
    void theDataKeyAloneDoesNotOpenARecord() {
        IdempotencyStore store = new SealedIdempotencyStore(seen, first);
        store.begin(SCOPE, KEY, "fp-1", DAY);
        store.complete(SCOPE, KEY, CREATED);
        String envelope = new String(seen.completed.getFirst().body(), StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> new PersonalDataCipher(first).open(envelope))
                .isInstanceOf(SealedValueUnreadable.class);
    }

    @Test
    void aRecordSealedUnderARetiredKeyStillOpensAndOneWhoseKeyIsGoneIsAMismatch() {
        InMemoryIdempotencyStore records = new InMemoryIdempotencyStore();
        new SealedIdempotencyStore(records, first).begin(SCOPE, KEY, "fp-1", DAY);
        new SealedIdempotencyStore(records, first).complete(SCOPE, KEY, CREATED);
        DataKey next = DataKey.generate("k2", RANDOM);

        assertThat(new SealedIdempotencyStore(records, first.rotateTo(next)).begin(SCOPE, KEY, "fp-1", DAY))
                .isEqualTo(new IdempotencyClaim.Replay(CREATED));
        assertThat(new SealedIdempotencyStore(records, DataKeyRing.of(next)).begin(SCOPE, KEY, "fp-1", DAY))
                .isInstanceOf(IdempotencyClaim.Mismatch.class);
    }

    @Test
    void aResponseTooLargeToKeepSealedReleasesTheKey() {
        IdempotencyStore store = new SealedIdempotencyStore(new InMemoryIdempotencyStore(), first);
        store.begin(SCOPE, KEY, "fp-1", DAY);

        assertThat(store.complete(SCOPE, KEY, new StoredResponse(201, Map.of(),
                new byte[StoredResponse.MAX_BODY_BYTES]))).isFalse();
        assertThat(store.begin(SCOPE, KEY, "fp-1", DAY)).isInstanceOf(IdempotencyClaim.Started.class);
    }

    @Test
    void theSameKeyOfAnotherCallerIsAnotherRecord() {
        IdempotencyStore store = new SealedIdempotencyStore(new InMemoryIdempotencyStore(), first);
        store.begin(SCOPE, KEY, "fp-1", DAY);
        store.complete(SCOPE, KEY, CREATED);

        assertThat(store.begin("ip:192.0.2.8", KEY, "fp-1", DAY)).isInstanceOf(IdempotencyClaim.Started.class);
        assertThat(store.begin("2:ip", ":" + KEY, "fp-1", DAY)).as("scope and key are joined unambiguously")
                .isInstanceOf(IdempotencyClaim.Started.class);
    }

    /** A real store that notes what it was given. */
    private static final class Seen implements IdempotencyStore {
        private final IdempotencyStore store;
        private final List<String> calls = new ArrayList<>();
        private final List<StoredResponse> completed = new ArrayList<>();

        Seen(IdempotencyStore store) {
            this.store = store;
        }

        @Override
        public IdempotencyClaim begin(String scope, String key, String requestFingerprint, Duration ttl) {
            calls.add(scope + " " + key + " " + requestFingerprint);
            return store.begin(scope, key, requestFingerprint, ttl);
        }

        @Override
        public boolean complete(String scope, String key, StoredResponse response) {
            calls.add(scope + " " + key + " " + response.headers() + " "
                    + new String(response.body(), StandardCharsets.ISO_8859_1));
            completed.add(response);
            return store.complete(scope, key, response);
        }

        @Override
        public void abandon(String scope, String key) {
            calls.add(scope + " " + key);
            store.abandon(scope, key);
        }

        @Override
        public void forget(String scope) {
            calls.add("forget " + scope);
            store.forget(scope);
        }
    }
}

package ara.atrest.idempotency;

import ara.application.port.out.idempotency.IdempotencyArguments;
import ara.application.port.out.idempotency.IdempotencyClaim;
import ara.application.port.out.idempotency.IdempotencyKey;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.application.port.out.idempotency.StoredResponse;
import ara.atrest.seal.DataKey;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.PersonalDataCipher;
import ara.atrest.seal.SealedValueUnreadable;

import java.io.ByteArrayOutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link IdempotencyStore} that keeps nothing of a key, its caller or its response in clear in the store it
 * wraps (Redis, or this process): a record is filed under the SHA-256 of the scope and the key, its request
 * fingerprint is hashed with them, and its response (headers and body; the status stays readable) is sealed with
 * AES-256-GCM under a key derived (HKDF-SHA256) from the current data key <em>and</em> the scope and raw key. So a
 * dump of the store opens nothing without the data key, and with it still only the records whose idempotency keys
 * one holds. Records sealed under a retired data key still open while the ring holds it; a record that does not
 * open (its data key removed, or altered) answers as a key used for another request, so that the client takes a
 * new key. A response whose sealed form exceeds {@link StoredResponse#MAX_BODY_BYTES} is not kept: the key is
 * released and a retry runs again. Thread-safe if the wrapped store is.
 */
public final class SealedIdempotencyStore implements IdempotencyStore {
    /**
     * The prefix of the wrapped store's scopes: each caller's records are filed under this and the hash of the
     * caller's scope (so that {@link #forget} finds them); the scope is also part of each record's hashed name.
     */
    static final String SCOPE = "sealed-v2";
    private static final String INFO = "ara idempotency response v1";
    private static final System.Logger LOG = System.getLogger(SealedIdempotencyStore.class.getName());
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final IdempotencyStore records;
    private final DataKeyRing keys;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param records where the sealed records are kept (e.g. the Redis store with its fallback)
     * @param keys    the data keys personal data is sealed under
     */
    public SealedIdempotencyStore(IdempotencyStore records, DataKeyRing keys) {
        this.records = Objects.requireNonNull(records, "records");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    @Override
    public IdempotencyClaim begin(String scope, String key, String requestFingerprint, Duration ttl) {
        Name name = Name.of(scope, key);
        String fingerprint = sha256(name.context(), IdempotencyArguments.checkedFingerprint(requestFingerprint)
                .getBytes(StandardCharsets.UTF_8));
        IdempotencyClaim claim = records.begin(group(scope), name.id(), fingerprint, ttl);
        if (!(claim instanceof IdempotencyClaim.Replay replay)) {
            return claim;
        }
        Optional<StoredResponse> opened = open(name, replay.response());
        if (opened.isEmpty()) {
            LOG.log(Level.WARNING, "an idempotency record does not open: answered as a key used for another request");
            return new IdempotencyClaim.Mismatch();
        }
        return new IdempotencyClaim.Replay(opened.get());
    }

    @Override
    public boolean complete(String scope, String key, StoredResponse response) {
        Name name = Name.of(scope, key);
        byte[] sealed = seal(name, Objects.requireNonNull(response, "response"));
        if (sealed.length > StoredResponse.MAX_BODY_BYTES) {
            LOG.log(Level.DEBUG, "a response of {0} bytes is too large to keep sealed: the key is released",
                    response.body().length);
            records.abandon(group(scope), name.id());
            return false;
        }
        return records.complete(group(scope), name.id(), new StoredResponse(response.status(), Map.of(), sealed));
    }

    @Override
    public void abandon(String scope, String key) {
        records.abandon(group(scope), Name.of(scope, key).id());
    }

    @Override
    public void forget(String scope) {
        records.forget(group(scope));
    }

    /** The wrapped store's scope of the caller's records: nothing of the caller in clear. */
    private static String group(String scope) {
        new IdempotencyKey(scope, "-");
        byte[] context = SCOPE.getBytes(StandardCharsets.US_ASCII);
        return SCOPE + ":" + sha256(context, scope.getBytes(StandardCharsets.UTF_8));
    }

    /** The headers and body as {@code base64url(name).base64url(value)….base64url(body)}, sealed. */
    private byte[] seal(Name name, StoredResponse response) {
        StringBuilder plain = new StringBuilder();
        response.headers().forEach((header, value) -> plain.append(encode(header.getBytes(StandardCharsets.UTF_8)))
                .append('.').append(encode(value.getBytes(StandardCharsets.UTF_8))).append('.'));
        plain.append(encode(response.body()));
        return cipher(keys.current(), name).seal(plain.toString()).getBytes(StandardCharsets.US_ASCII);
    }

    /** The response a sealed record holds; empty when it does not open (unknown data key, altered, malformed). */
    private Optional<StoredResponse> open(Name name, StoredResponse sealed) {
        String envelope = new String(sealed.body(), StandardCharsets.US_ASCII);
        String[] envelopeParts = envelope.split("\\.", -1);
        Optional<DataKey> dataKey = envelopeParts.length < 2 || !DataKey.isValidId(envelopeParts[1])
                ? Optional.empty() : keys.find(envelopeParts[1]);
        if (dataKey.isEmpty()) {
            return Optional.empty();
        }
        try {
            String[] parts = cipher(dataKey.get(), name).open(envelope).split("\\.", -1);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 0; i + 1 < parts.length; i += 2) {
                headers.put(text(parts[i]), text(parts[i + 1]));
            }
            return Optional.of(new StoredResponse(sealed.status(), headers, DECODER.decode(parts[parts.length - 1])));
        } catch (SealedValueUnreadable | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A cipher under the key derived from {@code dataKey} for this record alone. */
    private PersonalDataCipher cipher(DataKey dataKey, Name name) {
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        info.writeBytes(INFO.getBytes(StandardCharsets.US_ASCII));
        info.write(0);
        info.writeBytes(name.context());
        return new PersonalDataCipher(DataKeyRing.of(dataKey.derive(info.toByteArray())), random);
    }

    private static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    private static String text(String base64) {
        return new String(DECODER.decode(base64), StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] context, byte[] value) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        digest.update(context);
        digest.update((byte) 0);
        return encode(digest.digest(value));
    }

    @Override
    public String toString() {
        return "SealedIdempotencyStore[" + records + ", " + keys + "]";
    }

    /**
     * A record's name: {@code context} is the scope and the raw key (checked as an {@link IdempotencyKey}),
     * unambiguously joined; {@code id} is what the wrapped store files it under.
     */
    private record Name(byte[] context, String id) {
        static Name of(String scope, String key) {
            new IdempotencyKey(scope, key);
            byte[] context = (scope.length() + ":" + scope + ":" + key).getBytes(StandardCharsets.UTF_8);
            return new Name(context, sha256(context, new byte[0]));
        }
    }
}

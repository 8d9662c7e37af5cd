package ara.adapter.memory;

import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.SignedLinks;
import ara.application.port.out.storage.StorageHealth;
import ara.application.port.out.storage.StorageUnavailable;
import ara.application.port.out.storage.StoredContent;
import ara.application.port.out.storage.StoredObject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * In-memory adapter: objects in a map (lost when the process ends), and links that it signs itself and checks
 * through {@link SignedLinks}, the way the local directory's are served:
 * {@code <publicUrl>/api/v1/files/<key>?method=GET|PUT&expires=<epoch s>[&ct=<type>&length=<bytes>]&signature=…},
 * the signature an HMAC-SHA256 under a random key of this instance (so another instance's links are refused). Its
 * health is what it was last told ({@link #health(StorageHealth)}, up at first); while it is down, every call that
 * would reach a real backend throws {@link StorageUnavailable}, and links are still signed (as S3 signs them
 * locally). Thread-safe.
 */
public final class InMemoryObjectStorage implements ObjectStorage, SignedLinks {
    private static final String GET = "GET";
    private static final String PUT = "PUT";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int SECRET_BYTES = 32;
    private static final int SIGNATURE_BYTES = 32;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    private static final int BUFFER_BYTES = 64 * 1024;

    private final ConcurrentMap<ObjectKey, StoredContent> objects = new ConcurrentHashMap<>();
    private final String linkBase;
    private final SecretKeySpec secret;
    private final Clock clock;
    private volatile StorageHealth health = StorageHealth.up("in-memory storage");

    /**
     * @param publicUrl ARA's public URL, where the links point (followed by {@value SignedLinks#PATH} and the key)
     * @param clock     when links expire
     */
    public InMemoryObjectStorage(URI publicUrl, Clock clock) {
        String base = Objects.requireNonNull(publicUrl, "publicUrl").toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        this.linkBase = base + SignedLinks.PATH;
        this.clock = Objects.requireNonNull(clock, "clock");
        byte[] key = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, ALGORITHM);
    }

    /** From now on {@link #health()} answers {@code now}; while it is down, the storage acts unreachable. */
    public void health(StorageHealth now) {
        this.health = Objects.requireNonNull(now, "health");
    }

    @Override
    public StorageHealth health() {
        return health;
    }

    @Override
    public StoredObject put(ObjectKey key, byte[] content, ContentType contentType, ObjectMetadata metadata) {
        Objects.requireNonNull(key, "key");
        StoredContent stored = new StoredContent(content, contentType, metadata);
        requireUp("put " + key);
        objects.put(key, stored);
        return new StoredObject(key, stored.size(), stored.sha256(), contentType);
    }

    @Override
    public Optional<StoredContent> get(ObjectKey key) {
        Objects.requireNonNull(key, "key");
        requireUp("get " + key);
        return Optional.ofNullable(objects.get(key));
    }

    @Override
    public boolean delete(ObjectKey key) {
        Objects.requireNonNull(key, "key");
        requireUp("delete " + key);
        return objects.remove(key) != null;
    }

    @Override
    public URI presignGet(ObjectKey key, Duration validity) {
        Objects.requireNonNull(key, "key");
        String expires = Long.toString(expiry(validity));
        return URI.create(linkBase + key.value() + "?method=GET&expires=" + expires + "&signature="
                + sign(GET, key.value(), expires, "", ""));
    }

    @Override
    public URI presignPut(ObjectKey key, ContentType contentType, long contentLength, Duration validity) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        String length = Long.toString(ObjectStorage.checkedContentLength(contentLength));
        String expires = Long.toString(expiry(validity));
        return URI.create(linkBase + key.value() + "?method=PUT&expires=" + expires + "&ct="
                + URLEncoder.encode(contentType.value(), StandardCharsets.UTF_8) + "&length=" + length
                + "&signature=" + sign(PUT, key.value(), expires, contentType.value(), length));
    }

    @Override
    public DownloadOutcome download(String key, Map<String, String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        return switch (check(GET, Objects.requireNonNullElse(key, ""), parameters)) {
            case Refused refused -> new LinkRefused(refused.reason());
            case Grant grant -> get(grant.key()).<DownloadOutcome>map(DownloadOutcome.Found::new)
                    .orElseGet(DownloadOutcome.Missing::new);
        };
    }

    @Override
    public UploadOutcome upload(String key, Map<String, String> parameters, String contentType, long contentLength,
                                InputStream body) {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(body, "body");
        return switch (check(PUT, Objects.requireNonNullElse(key, ""), parameters)) {
            case Refused refused -> new LinkRefused(refused.reason());
            case Grant grant when !grant.contentType().value().equals(contentType) ->
                    new LinkRefused(LinkRefusal.WRONG_CONTENT_TYPE);
            case Grant grant when grant.length() != contentLength -> new LinkRefused(LinkRefusal.WRONG_LENGTH);
            case Grant grant -> store(grant, body);
        };
    }

    @Override
    public String toString() {
        return "InMemoryObjectStorage[" + objects.size() + " objects, links at " + linkBase + "]";
    }

    /** Reads exactly the granted length (one byte more tells a longer body); a shorter or longer body stores nothing. */
    private UploadOutcome store(Grant grant, InputStream body) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER_BYTES];
        try {
            while (received.size() <= grant.length()) {
                int wanted = (int) Math.min(buffer.length, grant.length() + 1 - received.size());
                int read = body.read(buffer, 0, wanted);
                if (read < 0) {
                    break;
                }
                received.write(buffer, 0, read);
            }
        } catch (IOException e) {
            // The client's body broke off: its fault, like a body of the wrong length.
            return new LinkRefused(LinkRefusal.WRONG_LENGTH);
        }
        if (received.size() != grant.length()) {
            return new LinkRefused(LinkRefusal.WRONG_LENGTH);
        }
        return new UploadOutcome.Stored(put(grant.key(), received.toByteArray(), grant.contentType(),
                ObjectMetadata.EMPTY));
    }

    private void requireUp(String operation) {
        StorageHealth now = health;
        if (!now.up()) {
            throw new StorageUnavailable(operation + ": the in-memory storage is down (" + now.detail() + ")", null);
        }
    }

    private long expiry(Duration validity) {
        return clock.instant().plusSeconds(ObjectStorage.validitySeconds(validity)).getEpochSecond();
    }

    /** The outcome of {@link #check}. */
    private sealed interface Check permits Grant, Refused {
    }

    /** A link that passed every check; {@code contentType} and {@code length} only for PUT. */
    private record Grant(ObjectKey key, ContentType contentType, long length) implements Check {
    }

    private record Refused(LinkRefusal reason) implements Check {
    }

    /**
     * Checks a link presented for {@code method}: well-formed, then the signature (so a tampered link learns
     * nothing more), then the operation, then the expiry.
     */
    private Check check(String method, String rawKey, Map<String, String> parameters) {
        String linkMethod = parameters.get("method");
        String expires = parameters.get("expires");
        String signature = parameters.get("signature");
        boolean put = PUT.equals(linkMethod);
        String contentType = put ? parameters.get("ct") : "";
        String length = put ? parameters.get("length") : "";
        if (!(GET.equals(linkMethod) || put) || expires == null || !DIGITS.matcher(expires).matches()
                || signature == null || contentType == null || length == null
                || (put && !DIGITS.matcher(length).matches())) {
            return new Refused(LinkRefusal.MALFORMED);
        }
        ObjectKey key;
        ContentType type;
        byte[] presented;
        try {
            key = new ObjectKey(rawKey);
            type = put ? new ContentType(contentType) : null;
            presented = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return new Refused(LinkRefusal.MALFORMED);
        }
        byte[] expected = mac(linkMethod, rawKey, expires, contentType, length);
        if (presented.length != SIGNATURE_BYTES || !MessageDigest.isEqual(presented, expected)) {
            return new Refused(LinkRefusal.BAD_SIGNATURE);
        }
        if (!linkMethod.equals(method)) {
            return new Refused(LinkRefusal.WRONG_OPERATION);
        }
        if (!clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(expires)))) {
            return new Refused(LinkRefusal.EXPIRED);
        }
        return new Grant(key, type, put ? Long.parseLong(length) : -1);
    }

    private String sign(String method, String key, String expires, String contentType, String length) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(method, key, expires, contentType, length));
    }

    /** Over {@code method, key, expires, type, length} joined by newlines, which none of them can hold. */
    private byte[] mac(String method, String key, String expires, String contentType, String length) {
        String canonical = String.join("\n", "ara-memory-link-v1", method, key, expires, contentType, length);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
    }
}

package ara.adapter.memory;

import ara.application.port.out.storage.Attachment;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.SignedLinks;
import ara.application.port.out.storage.StorageHealth;
import ara.application.port.out.storage.StorageUnavailable;
import ara.application.port.out.storage.StoredContent;
import ara.application.port.out.storage.StoredObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * In-memory adapter: objects in a map (lost when the process ends), and links it checks itself through
 * {@link SignedLinks}, in the local directory's shape:
 * {@code <publicUrl>/api/v1/files/<key>?method=GET|PUT&expires=<epoch s>[&ct=<type>&length=<bytes>]
 * [&fn=<ascii name>&name=<file name>]&signature=…}.
 * The {@code signature} is no signature but a random token (256 bits from {@link SecureRandom}, base64url) that this
 * instance remembers with what the link grants: a link whose token it never issued (another instance's, or a
 * forged one) or whose parameters differ from the grant is refused as a bad signature would be. A grant is dropped
 * when it is found expired, and once 10,000 are held every expired grant is dropped before the next is issued (if
 * none has expired, the one that expires first), so the map stays bounded. Its health is what it was last told
 * ({@link #health(StorageHealth)}, up at first); while it is down, every call that would reach a real backend
 * throws {@link StorageUnavailable}, and links are still issued (as S3 signs them locally). Thread-safe.
 */
public final class InMemoryObjectStorage implements ObjectStorage, SignedLinks {
    private static final String GET = "GET";
    private static final String PUT = "PUT";
    /** How many grants are held at most (links issued at the same moment may each add one more). */
    static final int MAX_GRANTS = 10_000;
    private static final int TOKEN_BYTES = 32;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int BUFFER_BYTES = 64 * 1024;

    private final ConcurrentMap<ObjectKey, StoredContent> objects = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Grant> grants = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final String linkBase;
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
    }

    /** From now on {@link #health()} answers {@code now}; while it is down, the storage acts unreachable. */
    public void health(StorageHealth now) {
        this.health = Objects.requireNonNull(now, "health");
    }

    @Override
    public boolean linksLeadToAra() {
        return true;
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
        Grant grant = new Grant(GET, key, null, -1, expiry(validity), null);
        return URI.create(linkBase + key.value() + "?method=GET&expires=" + grant.expires().getEpochSecond()
                + "&signature=" + issue(grant));
    }

    @Override
    public URI presignGet(ObjectKey key, Duration validity, Attachment attachment) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(attachment, "attachment");
        Grant grant = new Grant(GET, key, null, -1, expiry(validity), attachment);
        return URI.create(linkBase + key.value() + "?method=GET&expires=" + grant.expires().getEpochSecond()
                + "&fn=" + URLEncoder.encode(attachment.asciiFileName(), StandardCharsets.UTF_8) + "&name="
                + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8) + "&signature=" + issue(grant));
    }

    @Override
    public URI presignPut(ObjectKey key, ContentType contentType, long contentLength, Duration validity) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        Grant grant = new Grant(PUT, key, contentType, ObjectStorage.checkedContentLength(contentLength),
                expiry(validity), null);
        return URI.create(linkBase + key.value() + "?method=PUT&expires=" + grant.expires().getEpochSecond() + "&ct="
                + URLEncoder.encode(contentType.value(), StandardCharsets.UTF_8) + "&length=" + grant.length()
                + "&signature=" + issue(grant));
    }

    @Override
    public DownloadOutcome download(String key, Map<String, String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        return switch (check(GET, Objects.requireNonNullElse(key, ""), parameters)) {
            case Refused refused -> new LinkRefused(refused.reason());
            case Grant grant -> get(grant.key())
                    .<DownloadOutcome>map(content -> new DownloadOutcome.Found(content, grant.attachment()))
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

    private Instant expiry(Duration validity) {
        return Instant.ofEpochSecond(clock.instant().getEpochSecond() + ObjectStorage.validitySeconds(validity));
    }

    /** Remembers {@code grant} under a new token and returns the token. */
    private String issue(Grant grant) {
        if (grants.size() >= MAX_GRANTS) {
            purge();
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, grant);
        return token;
    }

    /** Drops the expired grants, or if none has expired the one that expires first. */
    private void purge() {
        Instant now = clock.instant();
        if (!grants.values().removeIf(grant -> grant.expiredAt(now))) {
            grants.entrySet().stream().min(Map.Entry.comparingByValue(Comparator.comparing(Grant::expires)))
                    .ifPresent(first -> grants.remove(first.getKey(), first.getValue()));
        }
    }

    /** The outcome of {@link #check}. */
    private sealed interface Check permits Grant, Refused {
    }

    /**
     * What a link allows; {@code contentType} and {@code length} only for PUT (else null and -1), {@code attachment}
     * only for a download saved under a name.
     */
    private record Grant(String method, ObjectKey key, ContentType contentType, long length, Instant expires,
                         Attachment attachment) implements Check {
        boolean expiredAt(Instant now) {
            return !now.isBefore(expires);
        }
    }

    private record Refused(LinkRefusal reason) implements Check {
    }

    /**
     * Checks a link presented for {@code method}: well-formed, then the grant its parameters describe against the
     * one issued under its token (so a tampered link learns nothing more), then the operation, then the expiry.
     */
    private Check check(String method, String rawKey, Map<String, String> parameters) {
        String token = parameters.get("signature");
        Optional<Grant> presented = described(rawKey, parameters);
        if (token == null || !TOKEN.matcher(token).matches() || presented.isEmpty()) {
            return new Refused(LinkRefusal.MALFORMED);
        }
        Grant issued = grants.get(token);
        if (!presented.get().equals(issued)) {
            return new Refused(LinkRefusal.BAD_SIGNATURE);
        }
        if (!issued.method().equals(method)) {
            return new Refused(LinkRefusal.WRONG_OPERATION);
        }
        if (issued.expiredAt(clock.instant())) {
            grants.remove(token, issued);
            return new Refused(LinkRefusal.EXPIRED);
        }
        return issued;
    }

    /** The grant a link's key and parameters describe; empty when one of them is missing or unreadable. */
    private static Optional<Grant> described(String rawKey, Map<String, String> parameters) {
        String method = parameters.get("method");
        boolean put = PUT.equals(method);
        if (!(put || GET.equals(method))) {
            return Optional.empty();
        }
        String name = put ? null : parameters.get("name");
        String asciiName = put ? null : parameters.get("fn");
        if ((name == null) != (asciiName == null)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Grant(method, new ObjectKey(rawKey),
                    put ? new ContentType(Objects.requireNonNullElse(parameters.get("ct"), "")) : null,
                    put ? number(parameters.get("length")) : -1,
                    Instant.ofEpochSecond(number(parameters.get("expires"))),
                    name == null ? null : new Attachment(name, asciiName)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code value} as a number of up to 18 digits (so no sign, no overflow). */
    private static long number(String value) {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("not a number of up to 18 digits: " + value);
        }
        return Long.parseLong(value);
    }
}

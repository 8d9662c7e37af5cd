package ara.adapter.storage.local;

import ara.adapter.storage.local.LinkSigner.Grant;
import ara.adapter.storage.local.LinkSigner.Refused;
import ara.application.port.out.storage.Attachment;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.SignedLinks;
import ara.application.port.out.storage.StorageFailure;
import ara.application.port.out.storage.StorageHealth;
import ara.application.port.out.storage.StoredContent;
import ara.application.port.out.storage.StoredObject;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Storage adapter, the embedded default: objects as files in a local directory, and links that ARA signs (HMAC-SHA256,
 * see {@link LinkSigner}) and serves itself through {@link SignedLinks}. Each object is one file (content and a
 * trailer with type and metadata, see {@link ObjectFile}) named by the SHA-256 of its key, so no key can reach
 * outside the directory and {@code a} and {@code a/b} never collide; it is written to {@code tmp/} and renamed into
 * {@code objects/} atomically, so readers see the whole old or the whole new object. Meant for one instance (or
 * several sharing the directory and the secret). Thread-safe.
 */
public final class LocalObjectStorage implements ObjectStorage, SignedLinks {
    private static final System.Logger LOG = System.getLogger(LocalObjectStorage.class.getName());
    private static final Duration STALE_TEMP_FILE = Duration.ofHours(1);
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path root;
    private final Path objects;
    private final Path temp;
    private final LinkSigner signer;
    private final Clock clock;

    /**
     * Opens the directory, creating it (and {@code objects/}, {@code tmp/}) if needed and removing temporary files
     * an earlier run left behind.
     *
     * @throws StorageFailure when the directory cannot be created
     */
    public LocalObjectStorage(LocalStorageSettings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.root = settings.root();
        this.objects = root.resolve("objects");
        this.temp = root.resolve("tmp");
        this.signer = new LinkSigner(settings.linkSecret(), settings.linkBase());
        try {
            Files.createDirectories(objects);
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw new StorageFailure("cannot create the storage directory " + root + ": " + e, e);
        }
        removeStaleTempFiles();
    }

    @Override
    public StoredObject put(ObjectKey key, byte[] content, ContentType contentType, ObjectMetadata metadata) {
        byte[] copy = Objects.requireNonNull(content, "content").clone();
        StoredObject stored = StoredObject.of(key, copy, contentType);
        Objects.requireNonNull(metadata, "metadata");
        Path file = newTempFile();
        try {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                writeFully(channel, copy);
                writeFully(channel, ObjectFile.trailer(key, contentType, metadata, stored.size(), stored.sha256()));
                channel.force(true);
            }
            moveIntoPlace(file, key);
            return stored;
        } catch (IOException e) {
            throw new StorageFailure("put " + key + " in " + root + ": " + e, e);
        } finally {
            deleteQuietly(file);
        }
    }

    @Override
    public Optional<StoredContent> get(ObjectKey key) {
        Objects.requireNonNull(key, "key");
        byte[] file;
        try {
            file = Files.readAllBytes(pathOf(key));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageFailure("get " + key + " from " + root + ": " + e, e);
        }
        try {
            return Optional.of(ObjectFile.read(file, key));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new StorageFailure("get " + key + " from " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean delete(ObjectKey key) {
        Objects.requireNonNull(key, "key");
        try {
            return Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new StorageFailure("delete " + key + " in " + root + ": " + e, e);
        }
    }

    @Override
    public URI presignGet(ObjectKey key, Duration validity) {
        Objects.requireNonNull(key, "key");
        return signer.download(key, expiry(validity));
    }

    @Override
    public URI presignGet(ObjectKey key, Duration validity, Attachment attachment) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(attachment, "attachment");
        return signer.download(key, expiry(validity), attachment);
    }

    @Override
    public URI presignPut(ObjectKey key, ContentType contentType, long contentLength, Duration validity) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        return signer.upload(key, contentType, ObjectStorage.checkedContentLength(contentLength), expiry(validity));
    }

    @Override
    public boolean linksLeadToAra() {
        return true;
    }

    @Override
    public StorageHealth health() {
        try {
            Path probe = Files.createTempFile(temp, "health-", ".tmp");
            Files.delete(probe);
            if (!Files.isDirectory(objects) || !Files.isWritable(objects)) {
                return StorageHealth.down("local directory " + objects + " is missing or not writable");
            }
            long free = Files.getFileStore(root).getUsableSpace();
            return StorageHealth.up("local directory " + root + ", " + free / (1024 * 1024) + " MiB free");
        } catch (IOException | RuntimeException e) {
            return StorageHealth.down("local directory " + root + " is not usable: " + e);
        }
    }

    @Override
    public DownloadOutcome download(String key, Map<String, String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        return switch (signer.check(LinkSigner.GET, Objects.requireNonNullElse(key, ""), parameters,
                clock.instant())) {
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
        return switch (signer.check(LinkSigner.PUT, Objects.requireNonNullElse(key, ""), parameters,
                clock.instant())) {
            case Refused refused -> new LinkRefused(refused.reason());
            case Grant grant when !grant.contentType().value().equals(contentType) ->
                    new LinkRefused(LinkRefusal.WRONG_CONTENT_TYPE);
            case Grant grant when grant.length() != contentLength -> new LinkRefused(LinkRefusal.WRONG_LENGTH);
            case Grant grant -> store(grant, body);
        };
    }

    @Override
    public String toString() {
        return "LocalObjectStorage[" + root + "]";
    }

    /** Streams exactly the granted length into a new object file; a shorter or longer body stores nothing. */
    private UploadOutcome store(Grant grant, InputStream body) {
        Path file = newTempFile();
        try {
            MessageDigest sha256 = sha256();
            long count = 0;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[BUFFER_BYTES];
                while (true) {
                    // Asks for at most one byte beyond the granted length: enough to notice a longer body.
                    int wanted = (int) Math.min(buffer.length, grant.length() + 1 - count);
                    int read = readBody(body, buffer, wanted);
                    if (read < 0) {
                        break;
                    }
                    count += read;
                    if (count > grant.length()) {
                        return new LinkRefused(LinkRefusal.WRONG_LENGTH);
                    }
                    sha256.update(buffer, 0, read);
                    writeFully(channel, ByteBuffer.wrap(buffer, 0, read));
                }
                if (count != grant.length()) {
                    return new LinkRefused(LinkRefusal.WRONG_LENGTH);
                }
                String hash = HexFormat.of().formatHex(sha256.digest());
                writeFully(channel, ObjectFile.trailer(grant.key(), grant.contentType(), ObjectMetadata.EMPTY, count,
                        hash));
                channel.force(true);
                moveIntoPlace(file, grant.key());
                return new UploadOutcome.Stored(new StoredObject(grant.key(), count, hash, grant.contentType()));
            }
        } catch (BodyUnreadable e) {
            LOG.log(System.Logger.Level.DEBUG, "upload of {0} ended early: {1}", grant.key(), e.getMessage());
            return new LinkRefused(LinkRefusal.WRONG_LENGTH);
        } catch (IOException e) {
            throw new StorageFailure("upload " + grant.key() + " to " + root + ": " + e, e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static int readBody(InputStream body, byte[] buffer, int wanted) throws BodyUnreadable {
        try {
            return body.read(buffer, 0, wanted);
        } catch (IOException e) {
            throw new BodyUnreadable(e);
        }
    }

    /** The client's body broke off (its fault, unlike a failing disk). */
    private static final class BodyUnreadable extends IOException {
        private static final long serialVersionUID = 1L;

        BodyUnreadable(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private Instant expiry(Duration validity) {
        return clock.instant().plusSeconds(ObjectStorage.validitySeconds(validity));
    }

    private Path pathOf(ObjectKey key) {
        String name = StoredContent.sha256Hex(key.value().getBytes(StandardCharsets.UTF_8));
        return objects.resolve(name.substring(0, 2)).resolve(name);
    }

    private void moveIntoPlace(Path file, ObjectKey key) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Path newTempFile() {
        try {
            return Files.createTempFile(temp, "object-", ".tmp");
        } catch (IOException e) {
            throw new StorageFailure("cannot create a file in " + temp + ": " + e, e);
        }
    }

    private static void writeFully(FileChannel channel, byte[] bytes) throws IOException {
        writeFully(channel, ByteBuffer.wrap(bytes));
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove the temporary file {0}: {1}", file, e);
        }
    }

    private void removeStaleTempFiles() {
        FileTime cutoff = FileTime.from(clock.instant().minus(STALE_TEMP_FILE));
        try (var files = Files.list(temp)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).compareTo(cutoff) < 0) {
                    deleteQuietly(file);
                }
            }
        } catch (AccessDeniedException e) {
            throw new StorageFailure("the storage directory " + temp + " is not readable", e);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not look for stale files in {0}: {1}", temp, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

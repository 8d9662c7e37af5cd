package ara.bootstrap;

import ara.adapter.storage.edge.HmacEdgeGrantSigner;
import ara.adapter.storage.local.LocalObjectStorage;
import ara.adapter.storage.local.LocalStorageSettings;
import ara.adapter.storage.s3.S3ObjectStorage;
import ara.application.port.out.storage.EdgeGrantSigner;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.SignedLinks;
import ara.bootstrap.config.InvalidConfiguration;
import ara.bootstrap.config.StorageSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The object storage the settings choose, with what its lifecycle needs: S3 (closed at shut-down), or the local
 * directory, whose links ARA serves itself ({@link #links()}) and point at ARA's public URL, known at once when
 * configured and otherwise only once the server listens ({@link #serverListensOn}). Not thread-safe: the
 * composition root calls it while starting and stopping.
 */
final class StorageBackend implements AutoCloseable {
    /** How long an edge grant is valid: long enough to reach the worker, short enough to be useless if leaked. */
    static final Duration EDGE_GRANT_LIFETIME = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(StorageBackend.class);

    private final ObjectStorage storage;
    private final Optional<SignedLinks> links;
    private final S3ObjectStorage s3;
    private final DeferredLocalStorage deferred;
    private final StorageSettings.Local local;
    private final byte[] localSecret;
    private final Clock clock;
    private Optional<EdgeGrantSigner> edge = Optional.empty();

    private StorageBackend(ObjectStorage storage, Optional<SignedLinks> links, S3ObjectStorage s3,
                          DeferredLocalStorage deferred, StorageSettings.Local local, byte[] localSecret, Clock clock) {
        this.storage = storage;
        this.links = links;
        this.s3 = s3;
        this.deferred = deferred;
        this.local = local;
        this.localSecret = localSecret;
        this.clock = clock;
    }

    /** The storage {@code chosen}; a local one without a configured link secret keeps its secret in {@code dataDir}. */
    static StorageBackend open(StorageSettings chosen, Path dataDir, Clock clock) {
        return switch (chosen) {
            case StorageSettings.S3 s3 -> {
                LOG.info("Reports and uploads in S3-compatible storage ({})", s3.settings());
                S3ObjectStorage storage = new S3ObjectStorage(s3.settings());
                StorageBackend objects = new StorageBackend(storage, Optional.empty(), storage, null, null, null,
                        clock);
                objects.edge = s3.edge().map(edge -> {
                    HmacEdgeGrantSigner signer = new HmacEdgeGrantSigner(edge.worker(), edge.secret(), clock,
                            EDGE_GRANT_LIFETIME);
                    LOG.info("Edge grants for the worker at {} (POST /r2/grants)", edge.worker());
                    return signer;
                });
                yield objects;
            }
            case StorageSettings.Local local -> {
                byte[] secret = local.linkSecret().orElseGet(() -> LocalSecrets.linkSecret(dataDir));
                if (local.publicUrl().isPresent()) {
                    LocalObjectStorage storage = localStorage(local, local.publicUrl().get(), secret, clock);
                    yield new StorageBackend(storage, Optional.of(storage), null, null, local, secret, clock);
                }
                DeferredLocalStorage deferred = new DeferredLocalStorage();
                yield new StorageBackend(deferred, Optional.of(deferred), null, deferred, local, secret, clock);
            }
        };
    }

    private static LocalObjectStorage localStorage(StorageSettings.Local local, URI publicUrl, byte[] secret,
                                                   Clock clock) {
        LocalStorageSettings settings;
        try {
            settings = new LocalStorageSettings(local.directory(), publicUrl, secret);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration(local.publicUrl().isPresent() ? "ARA_PUBLIC_URL" : "ARA_STORAGE_DIR",
                    e.getMessage());
        }
        LOG.info("Reports and uploads in {} (no ARA_S3_ENDPOINT); ARA serves their links at {}", settings.root(),
                settings.linkBase());
        return new LocalObjectStorage(settings, clock);
    }

    ObjectStorage storage() {
        return storage;
    }

    /** The links ARA signs and serves itself: present for the local directory only. */
    Optional<SignedLinks> links() {
        return links;
    }

    /** The signer of edge grants: present when an edge worker is configured beside S3 storage. */
    Optional<EdgeGrantSigner> edge() {
        return edge;
    }

    /** Points the local storage's links at the port the server listens on, when no public URL was configured. */
    void serverListensOn(int port) {
        if (deferred != null) {
            deferred.bind(localStorage(local, URI.create("http://localhost:" + port), localSecret, clock));
        }
    }

    @Override
    public void close() {
        if (s3 != null) {
            s3.close();
        }
    }
}

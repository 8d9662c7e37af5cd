package ara.application.port.out.storage;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Outbound port: signs the short-lived grants with which the edge worker in front of the object storage lets a
 * caller upload, download or delete one object. The signer trusts its caller: the core decides who may have a
 * grant, the signer only makes it verifiable by the worker. Thread-safe.
 */
public interface EdgeGrantSigner {

    /** What a grant lets its holder do at the edge. */
    enum Action { DOWNLOAD, DELETE }

    /**
     * A grant to upload exactly {@code size} bytes of {@code type} under {@code key}.
     *
     * @throws IllegalArgumentException when the worker would refuse the key or content type
     */
    EdgeGrant upload(ObjectKey key, ContentType type, long size);

    /**
     * A grant to download or delete the object under {@code key}.
     *
     * @throws IllegalArgumentException when the worker would refuse the key
     */
    EdgeGrant access(Action action, ObjectKey key);

    /**
     * A signed grant, ready to use.
     *
     * @param method    the HTTP method to send to {@code url}
     * @param url       the worker's route with the grant in its query
     * @param expiresAt when the worker stops accepting it
     */
    record EdgeGrant(String method, URI url, Instant expiresAt) {
        public EdgeGrant {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }
}

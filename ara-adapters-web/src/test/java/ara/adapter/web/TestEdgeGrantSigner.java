package ara.adapter.web;

import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.EdgeGrantSigner;
import ara.application.port.out.storage.ObjectKey;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Test double of the edge grant signer (whose real adapter signs with the edge worker's HMAC secret): grants point
 * at the worker's routes under {@value #BASE} with a placeholder signature and expire five minutes from now.
 * Thread-safe.
 */
final class TestEdgeGrantSigner implements EdgeGrantSigner {
    static final String BASE = "https://edge.example/r2/";
    private static final Duration VALIDITY = Duration.ofMinutes(5);

    private final Clock clock;

    TestEdgeGrantSigner(Clock clock) {
        this.clock = clock;
    }

    @Override
    public EdgeGrant upload(ObjectKey key, ContentType type, long size) {
        return grant("POST", "upload", key);
    }

    @Override
    public EdgeGrant access(Action action, ObjectKey key) {
        return action == Action.DOWNLOAD ? grant("GET", "download", key) : grant("DELETE", "delete", key);
    }

    private EdgeGrant grant(String method, String route, ObjectKey key) {
        return new EdgeGrant(method, URI.create(BASE + route + "?key=" + key.value() + "&signature=edge"),
                clock.instant().plus(VALIDITY));
    }
}

package ara.application.service.storage;

import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.EdgeGrantSigner;
import ara.application.port.out.storage.ObjectKey;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test double of the edge grant signer (its counterpart is the edge worker, an external system): grants of a fixed,
 * readable format, {@code https://edge.test/r2/<operation>/<key>?…&grant=fixed}, all expiring at {@link #EXPIRES}.
 * Keeps what it signed, so a test can tell that nothing was signed. Thread-safe.
 */
final class FixedFormatEdgeGrantSigner implements EdgeGrantSigner {
    static final Instant EXPIRES = Instant.parse("2026-03-02T09:05:00Z");

    private final List<String> signed = new CopyOnWriteArrayList<>();

    /** What was signed, oldest first: {@code upload <key>}, {@code DOWNLOAD <key>}, {@code DELETE <key>}. */
    List<String> signed() {
        return List.copyOf(signed);
    }

    @Override
    public EdgeGrant upload(ObjectKey key, ContentType type, long size) {
        signed.add("upload " + key);
        return new EdgeGrant("POST", URI.create("https://edge.test/r2/upload/" + key + "?size=" + size
                + "&grant=fixed"), EXPIRES);
    }

    @Override
    public EdgeGrant access(Action action, ObjectKey key) {
        signed.add(action + " " + key);
        return new EdgeGrant(action == Action.DOWNLOAD ? "GET" : "DELETE",
                URI.create("https://edge.test/r2/" + action.name().toLowerCase(Locale.ROOT) + "/" + key
                        + "?grant=fixed"), EXPIRES);
    }
}

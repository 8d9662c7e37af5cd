package ara.bootstrap;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * ARA's URL as people reach it, which mailed links start with: {@code ARA_PUBLIC_URL}, else
 * {@code http://localhost:<port>} once the server listens (the one-command run). Thread-safe.
 */
final class PublicUrl implements Supplier<URI> {
    private final Optional<URI> configured;
    private volatile URI listening;

    PublicUrl(Optional<URI> configured) {
        this.configured = Objects.requireNonNull(configured, "configured");
    }

    /** The server listens on {@code port} (used when no URL is configured). */
    void serverListensOn(int port) {
        listening = URI.create("http://localhost:" + port);
    }

    /** @throws IllegalStateException when no URL is configured and the server does not listen yet */
    @Override
    public URI get() {
        return configured.orElseGet(() -> {
            URI url = listening;
            if (url == null) {
                throw new IllegalStateException("no ARA_PUBLIC_URL, and the server does not listen yet");
            }
            return url;
        });
    }
}

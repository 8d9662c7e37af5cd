package ara.adapter.web;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the web adapter. Immutable.
 *
 * @param host            the interface to listen on, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port            the TCP port, 0 for any free port (see {@link WebServer#port()})
 * @param maxRequestBytes the largest request body accepted; larger bodies get 413
 * @param virtualThreads  whether requests are served on virtual threads (on by default; a measurement decides)
 * @param stopTimeout     how long {@link WebServer#stop()} lets in-flight requests finish
 */
public record WebSettings(String host, int port, long maxRequestBytes, boolean virtualThreads, Duration stopTimeout) {
    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

    public WebSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 0..65535, got " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be >= 1, got " + maxRequestBytes);
        }
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout must not be negative, got " + stopTimeout);
        }
    }

    /** Port 8080 on every interface, 64 KiB bodies, virtual threads, 10 s to stop. */
    public static WebSettings defaults() {
        return new WebSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, true, DEFAULT_STOP_TIMEOUT);
    }

    public WebSettings withHost(String newHost) {
        return new WebSettings(newHost, port, maxRequestBytes, virtualThreads, stopTimeout);
    }

    public WebSettings withPort(int newPort) {
        return new WebSettings(host, newPort, maxRequestBytes, virtualThreads, stopTimeout);
    }

    public WebSettings withMaxRequestBytes(long newMaxRequestBytes) {
        return new WebSettings(host, port, newMaxRequestBytes, virtualThreads, stopTimeout);
    }

    public WebSettings withVirtualThreads(boolean newVirtualThreads) {
        return new WebSettings(host, port, maxRequestBytes, newVirtualThreads, stopTimeout);
    }

    public WebSettings withStopTimeout(Duration newStopTimeout) {
        return new WebSettings(host, port, maxRequestBytes, virtualThreads, newStopTimeout);
    }
}

package ara.bootstrap.config;

/**
 * Settings: the HTTP server.
 *
 * @param host             interface to listen on ({@code ARA_HOST})
 * @param port             TCP port, 0 for any free one ({@code ARA_PORT})
 * @param maxRequestBytes  largest request body accepted ({@code ARA_MAX_REQUEST_BYTES})
 * @param virtualThreads   serve requests on virtual threads ({@code ARA_VIRTUAL_THREADS})
 * @param shutdownMillis   how long a graceful stop waits for in-flight requests ({@code ARA_SHUTDOWN_TIMEOUT_MS})
 */
public record ServerSettings(String host, int port, int maxRequestBytes, boolean virtualThreads, int shutdownMillis) {
}

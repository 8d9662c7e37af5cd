package ara.bootstrap.config;

import java.util.List;

/**
 * Settings: the HTTP server.
 *
 * @param host             interface to listen on ({@code ARA_HOST})
 * @param port             TCP port, 0 for any free one ({@code ARA_PORT})
 * @param maxRequestBytes  largest request body accepted ({@code ARA_MAX_REQUEST_BYTES})
 * @param virtualThreads   serve requests on virtual threads ({@code ARA_VIRTUAL_THREADS})
 * @param shutdownMillis   how long a graceful stop waits for in-flight requests ({@code ARA_SHUTDOWN_TIMEOUT_MS})
 * @param corsOrigins      origins allowed cross-origin access ({@code ARA_CORS_ORIGINS}, comma-separated; none by
 *                         default)
 * @param trustedProxies   IPs and CIDR ranges whose {@code X-Forwarded-For} is believed ({@code ARA_TRUSTED_PROXIES},
 *                         comma-separated; none by default)
 * @param bodyReadSeconds  the longest a request body may take to arrive in full, per started 64 KiB of it
 *                         ({@code ARA_BODY_READ_SECONDS}; docs/adr/0018)
 * @param maxQuestionnaireBytes largest catalog document an admin may publish, a limit of its own
 *                         ({@code ARA_MAX_QUESTIONNAIRE_BYTES}; the full questionnaire's is ~108 KB)
 * @param clientAddressHeader header in which a trusted proxy names the viewer as {@code ip:port}, believed before
 *                         {@code X-Forwarded-For} ({@code ARA_CLIENT_ADDRESS_HEADER}, e.g.
 *                         {@code CloudFront-Viewer-Address}; empty: none)
 */
public record ServerSettings(String host, int port, int maxRequestBytes, boolean virtualThreads, int shutdownMillis,
                             List<String> corsOrigins, List<String> trustedProxies, int bodyReadSeconds,
                             int maxQuestionnaireBytes, String clientAddressHeader) {
    public ServerSettings {
        corsOrigins = List.copyOf(corsOrigins);
        trustedProxies = List.copyOf(trustedProxies);
    }
}

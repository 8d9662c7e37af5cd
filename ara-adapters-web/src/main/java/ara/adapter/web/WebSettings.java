package ara.adapter.web;

import ara.adapter.web.http.CorsPolicy;
import ara.adapter.web.http.ReadLimits;
import ara.adapter.web.request.IpRange;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of the web adapter. Immutable.
 *
 * @param host            the interface to listen on, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port            the TCP port, 0 for any free port (see {@link WebServer#port()})
 * @param maxRequestBytes the largest request body accepted; larger bodies get 413
 * @param virtualThreads  whether requests are served on virtual threads (on by default; a measurement decides)
 * @param stopTimeout     how long {@link WebServer#stop()} lets in-flight requests finish
 * @param corsOrigins     the origins allowed cross-origin access, such as {@code https://app.example.com}; empty
 *                        (the default) sends no CORS headers at all
 * @param trustedProxies  IP addresses and CIDR ranges (IPv4 or IPv6) of the proxies whose {@code X-Forwarded-For}
 *                        is believed; empty (the default) takes the client address from the connection only
 * @param bodyReadTimeout the longest a request body may take to arrive in full, for each started 64 KiB of it
 *                        (docs/adr/0018); later, its reader fails and the client gets 408
 * @param maxQuestionnaireBytes the largest catalog document an admin may publish ({@code POST
 *                        /admin/questionnaires}), a limit of its own: the full questionnaire's document is larger
 *                        than {@code maxRequestBytes}; larger bodies get 413
 * @param clientAddressHeader the header in which a trusted proxy names the viewer as {@code ip:port} (CloudFront's
 *                        {@code CloudFront-Viewer-Address}), believed before {@code X-Forwarded-For}; empty (the
 *                        default) for none
 */
public record WebSettings(String host, int port, long maxRequestBytes, boolean virtualThreads, Duration stopTimeout,
                          List<String> corsOrigins, List<String> trustedProxies, Duration bodyReadTimeout,
                          long maxQuestionnaireBytes, String clientAddressHeader) {
    /** A header name (RFC 9110 token). */
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;
    /** 1 MiB: about ten times the shipped full questionnaire's document (~108 KB). */
    public static final long DEFAULT_MAX_QUESTIONNAIRE_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);
    /** The body deadline per started 64 KiB (why this long: {@link ReadLimits#BODY_TIMEOUT}). */
    public static final Duration DEFAULT_BODY_READ_TIMEOUT = ReadLimits.BODY_TIMEOUT;

    public WebSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        Objects.requireNonNull(bodyReadTimeout, "bodyReadTimeout");
        clientAddressHeader = Objects.requireNonNull(clientAddressHeader, "clientAddressHeader").strip();
        if (!clientAddressHeader.isEmpty() && !HEADER_NAME.matcher(clientAddressHeader).matches()) {
            throw new IllegalArgumentException("clientAddressHeader must be a header name, got '"
                    + clientAddressHeader + "'");
        }
        corsOrigins = List.copyOf(Objects.requireNonNull(corsOrigins, "corsOrigins"));
        trustedProxies = List.copyOf(Objects.requireNonNull(trustedProxies, "trustedProxies"));
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 0..65535, got " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be >= 1, got " + maxRequestBytes);
        }
        if (maxQuestionnaireBytes < 1) {
            throw new IllegalArgumentException("maxQuestionnaireBytes must be >= 1, got " + maxQuestionnaireBytes);
        }
        if (bodyReadTimeout.isNegative() || bodyReadTimeout.isZero()) {
            throw new IllegalArgumentException("bodyReadTimeout must be positive, got " + bodyReadTimeout);
        }
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout must not be negative, got " + stopTimeout);
        }
        for (String origin : corsOrigins) {
            try {
                CorsPolicy.origin(origin);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("corsOrigins: " + e.getMessage(), e);
            }
        }
        for (String proxy : trustedProxies) {
            try {
                IpRange.parse(proxy);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("trustedProxies: " + e.getMessage(), e);
            }
        }
    }

    /** The settings without a viewer-address header. */
    public WebSettings(String host, int port, long maxRequestBytes, boolean virtualThreads, Duration stopTimeout,
                       List<String> corsOrigins, List<String> trustedProxies, Duration bodyReadTimeout,
                       long maxQuestionnaireBytes) {
        this(host, port, maxRequestBytes, virtualThreads, stopTimeout, corsOrigins, trustedProxies, bodyReadTimeout,
                maxQuestionnaireBytes, "");
    }

    /** The settings with the default limit on published questionnaires ({@link #DEFAULT_MAX_QUESTIONNAIRE_BYTES}). */
    public WebSettings(String host, int port, long maxRequestBytes, boolean virtualThreads, Duration stopTimeout,
                       List<String> corsOrigins, List<String> trustedProxies, Duration bodyReadTimeout) {
        this(host, port, maxRequestBytes, virtualThreads, stopTimeout, corsOrigins, trustedProxies, bodyReadTimeout,
                DEFAULT_MAX_QUESTIONNAIRE_BYTES);
    }

    /** The settings with the default body deadline ({@link #DEFAULT_BODY_READ_TIMEOUT}). */
    public WebSettings(String host, int port, long maxRequestBytes, boolean virtualThreads, Duration stopTimeout,
                       List<String> corsOrigins, List<String> trustedProxies) {
        this(host, port, maxRequestBytes, virtualThreads, stopTimeout, corsOrigins, trustedProxies,
                DEFAULT_BODY_READ_TIMEOUT);
    }

    /** The settings without CORS or trusted proxies (the defaults of both) and with the default body deadline. */
    public WebSettings(String host, int port, long maxRequestBytes, boolean virtualThreads, Duration stopTimeout) {
        this(host, port, maxRequestBytes, virtualThreads, stopTimeout, List.of(), List.of());
    }

    /**
     * Port 8080 on every interface, 64 KiB bodies (1 MiB for a published questionnaire), virtual threads, 10 s to
     * stop, no CORS, no trusted proxy, 60 s per 64 KiB of body.
     */
    public static WebSettings defaults() {
        return new WebSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, true, DEFAULT_STOP_TIMEOUT);
    }

    public WebSettings withHost(String newHost) {
        return new WebSettings(newHost, port, maxRequestBytes, virtualThreads, stopTimeout, corsOrigins,
                trustedProxies, bodyReadTimeout, maxQuestionnaireBytes, clientAddressHeader);
    }

    public WebSettings withPort(int newPort) {
        return new WebSettings(host, newPort, maxRequestBytes, virtualThreads, stopTimeout, corsOrigins,
                trustedProxies, bodyReadTimeout, maxQuestionnaireBytes, clientAddressHeader);
    }

    public WebSettings withMaxRequestBytes(long newMaxRequestBytes) {
        return new WebSettings(host, port, newMaxRequestBytes, virtualThreads, stopTimeout, corsOrigins,
                trustedProxies, bodyReadTimeout, maxQuestionnaireBytes, clientAddressHeader);
    }

    public WebSettings withVirtualThreads(boolean newVirtualThreads) {
        return new WebSettings(host, port, maxRequestBytes, newVirtualThreads, stopTimeout, corsOrigins,
                trustedProxies, bodyReadTimeout, maxQuestionnaireBytes, clientAddressHeader);
    }

    public WebSettings withStopTimeout(Duration newStopTimeout) {
        return new WebSettings(host, port, maxRequestBytes, virtualThreads, newStopTimeout, corsOrigins,
                trustedProxies, bodyReadTimeout, maxQuestionnaireBytes, clientAddressHeader);
    }

    public WebSettings withCorsOrigins(List<String> newCorsOrigins) {
        return new WebSettings(host, port, maxRequestBytes, virtualThreads, stopTimeout, newCorsOrigins,
                trustedProxies, bodyReadTimeout, maxQuestionnaireBytes, clientAddressHeader);
    }

    public WebSettings withTrustedProxies(List<String> newTrustedProxies) {
        return new WebSettings(host, port, maxRequestBytes, virtualThreads, stopTimeout, corsOrigins,
                newTrustedProxies, bodyReadTimeout, maxQuestionnaireBytes, clientAddressHeader);
    }

    public WebSettings withBodyReadTimeout(Duration newBodyReadTimeout) {
        return new WebSettings(host, port, maxRequestBytes, virtualThreads, stopTimeout, corsOrigins, trustedProxies,
                newBodyReadTimeout, maxQuestionnaireBytes, clientAddressHeader);
    }

    public WebSettings withMaxQuestionnaireBytes(long newMaxQuestionnaireBytes) {
        return new WebSettings(host, port, maxRequestBytes, virtualThreads, stopTimeout, corsOrigins, trustedProxies,
                bodyReadTimeout, newMaxQuestionnaireBytes, clientAddressHeader);
    }

    public WebSettings withClientAddressHeader(String newClientAddressHeader) {
        return new WebSettings(host, port, maxRequestBytes, virtualThreads, stopTimeout, corsOrigins, trustedProxies,
                bodyReadTimeout, maxQuestionnaireBytes, newClientAddressHeader);
    }
}

package ara.adapter.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client address the server records: X-Forwarded-For, and the configured viewer-address header before it, count
 * only when the peer is a trusted proxy.
 */
class ForwardedForTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(RequestFilter.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Level level;

    @BeforeEach
    void listen() {
        level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
        logger.setLevel(level);
    }

    private String clientOf(List<String> trustedProxies, String... headers) {
        return clientBehind(trustedProxies, "", headers);
    }

    private String clientBehind(List<String> trustedProxies, String viewerHeader, String... headers) {
        try (Api api = new Api(Api.testSettings().withTrustedProxies(trustedProxies)
                .withClientAddressHeader(viewerHeader))) {
            String[] all = new String[headers.length + 2];
            all[0] = "X-Request-Id";
            all[1] = "xff-" + System.nanoTime();
            System.arraycopy(headers, 0, all, 2, headers.length);
            api.get("/api/live", all);
            return log.list.stream()
                    .filter(event -> event.getArgumentArray()[0].equals(all[1]))
                    .map(event -> String.valueOf(event.getArgumentArray()[1]))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void ignoresTheHeaderFromAPeerThatIsNotTrusted() {
        assertThat(clientOf(List.of(), "X-Forwarded-For", "203.0.113.7")).isEqualTo("127.0.0.1");
        assertThat(clientOf(List.of("10.0.0.0/8", "::1"), "X-Forwarded-For", "203.0.113.7"))
                .isEqualTo("127.0.0.1");
    }

    @Test
    void takesTheRightMostUntrustedAddressFromATrustedPeer() {
        assertThat(clientOf(List.of("127.0.0.1"), "X-Forwarded-For", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(clientOf(List.of("127.0.0.1"), "X-Forwarded-For", "1.1.1.1, 203.0.113.7, 10.0.0.5"))
                .isEqualTo("10.0.0.5");
        assertThat(clientOf(List.of("127.0.0.0/8", "10.0.0.0/8"), "X-Forwarded-For",
                "1.1.1.1, 203.0.113.7, 10.0.0.5")).isEqualTo("203.0.113.7");
    }

    @Test
    void usesThePeerWhenATrustedPeerSendsNoHeader() {
        assertThat(clientOf(List.of("127.0.0.1"))).isEqualTo("127.0.0.1");
    }

    @Test
    void takesCloudFrontsViewerAddressFromATrustedPeerBeforeForwardedFor() {
        String header = "CloudFront-Viewer-Address";
        assertThat(clientBehind(List.of("127.0.0.1"), header, "X-Forwarded-For", "203.0.113.7, 130.176.1.1",
                header, "198.51.100.10:46532")).isEqualTo("198.51.100.10");
        assertThat(clientBehind(List.of("127.0.0.1"), header, header, "2001:db8::1:46532")).isEqualTo("2001:db8::1");
        assertThat(clientBehind(List.of("127.0.0.1"), header, "X-Forwarded-For", "203.0.113.7", header, "garbage"))
                .as("malformed: X-Forwarded-For decides").isEqualTo("203.0.113.7");
    }

    @Test
    void ignoresTheViewerAddressFromAnUntrustedPeerOrWhenNotConfigured() {
        String header = "CloudFront-Viewer-Address";
        assertThat(clientBehind(List.of("10.0.0.0/8"), header, header, "198.51.100.10:46532")).isEqualTo("127.0.0.1");
        assertThat(clientBehind(List.of("127.0.0.1"), "", header, "198.51.100.10:46532")).isEqualTo("127.0.0.1");
    }
}

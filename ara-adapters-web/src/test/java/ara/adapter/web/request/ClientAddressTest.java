package ara.adapter.web.request;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {
    private final ClientAddress behindProxies = ClientAddress.trusting(List.of("10.0.0.0/8", "fd00::/8"));

    private final ClientAddress behindCloudFront = ClientAddress.trusting(List.of("10.0.0.0/8"),
            "CloudFront-Viewer-Address");

    @Test
    void takesTheViewerAddressFromATrustedProxy() {
        List<String> forwarded = List.of("6.6.6.6, 203.0.113.7, 130.176.1.1");
        assertThat(behindCloudFront.resolve("10.0.0.1", forwarded, "198.51.100.10:46532")).isEqualTo("198.51.100.10");
        assertThat(behindCloudFront.resolve("10.0.0.1", forwarded, "2001:db8::1:46532")).as("CloudFront's IPv6 form")
                .isEqualTo("2001:db8::1");
        assertThat(behindCloudFront.resolve("10.0.0.1", forwarded, "[2001:db8::1]:443")).as("bracketed IPv6")
                .isEqualTo("2001:db8::1");
        assertThat(behindCloudFront.resolve("10.0.0.1", forwarded, " 198.51.100.10:1 ")).isEqualTo("198.51.100.10");
    }

    @Test
    void neverBelievesTheViewerAddressFromAnUntrustedPeer() {
        assertThat(behindCloudFront.resolve("198.51.100.9", List.of(), "203.0.113.7:1234")).isEqualTo("198.51.100.9");
    }

    @Test
    void fallsBackToForwardedForWhenTheViewerAddressIsMissingOrMalformed() {
        List<String> forwarded = List.of("6.6.6.6, 203.0.113.7");
        for (String bad : List.of("198.51.100.10", "198.51.100.10:", "198.51.100.10:65536", "198.51.100.10:x",
                "evil.example.com:80", "[2001:db8::1:443", "2001:db8::1]:443", ":443", "")) {
            assertThat(behindCloudFront.resolve("10.0.0.1", forwarded, bad)).as(bad).isEqualTo("203.0.113.7");
        }
        assertThat(behindCloudFront.resolve("10.0.0.1", forwarded, null)).isEqualTo("203.0.113.7");
    }

    @Test
    void ignoresAViewerAddressWhenNoHeaderIsConfigured() {
        assertThat(behindProxies.viewerAddressHeader()).isEmpty();
        assertThat(ClientAddress.trusting(List.of(), " ").viewerAddressHeader()).isEmpty();
        assertThat(behindProxies.resolve("10.0.0.1", List.of("203.0.113.7"), "198.51.100.10:1"))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void takesThePeerWhenItIsNotTrusted() {
        assertThat(behindProxies.resolve("198.51.100.9", List.of("203.0.113.7"))).isEqualTo("198.51.100.9");
        assertThat(ClientAddress.trusting(List.of()).resolve("10.0.0.1", List.of("203.0.113.7")))
                .isEqualTo("10.0.0.1");
    }

    @Test
    void takesTheRightMostUntrustedHop() {
        assertThat(behindProxies.resolve("10.0.0.1", List.of("6.6.6.6, 203.0.113.7, 10.1.1.1")))
                .isEqualTo("203.0.113.7");
        assertThat(behindProxies.resolve("10.0.0.1", List.of("6.6.6.6", "203.0.113.7"))).as("several headers")
                .isEqualTo("203.0.113.7");
    }

    @Test
    void handlesIpv6PeersAndHops() {
        assertThat(behindProxies.resolve("[fd00::1]", List.of("2001:db8::7"))).isEqualTo("2001:db8::7");
        assertThat(behindProxies.resolve("fd00::1", List.of("2001:db8::7, fd00::2"))).isEqualTo("2001:db8::7");
    }

    @Test
    void stopsAtGarbageInTheChain() {
        assertThat(behindProxies.resolve("10.0.0.1", List.of("203.0.113.7, unknown"))).isEqualTo("10.0.0.1");
        assertThat(behindProxies.resolve("10.0.0.1", List.of("evil.example.com, 10.0.0.2"))).isEqualTo("10.0.0.2");
    }

    @Test
    void fallsBackToTheLeftMostTrustedHopWhenEveryHopIsTrusted() {
        assertThat(behindProxies.resolve("10.0.0.1", List.of("10.0.0.3, 10.0.0.2"))).isEqualTo("10.0.0.3");
        assertThat(behindProxies.resolve("10.0.0.1", List.of())).isEqualTo("10.0.0.1");
    }

    @Test
    void refusesAnInvalidTrustedProxy() {
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("10.0.0.0/40")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.0/40");
    }
}

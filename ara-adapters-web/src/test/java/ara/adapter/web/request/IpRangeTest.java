package ara.adapter.web.request;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IpRangeTest {

    private static boolean contains(String range, String address) {
        return IpRange.parse(range).contains(IpRange.address(address).orElseThrow());
    }

    @Test
    void matchesASingleIpv4Address() {
        assertThat(contains("192.0.2.10", "192.0.2.10")).isTrue();
        assertThat(contains("192.0.2.10", "192.0.2.11")).isFalse();
    }

    @Test
    void matchesIpv4RangesOnAndOffByteBoundaries() {
        assertThat(contains("10.0.0.0/8", "10.255.3.4")).isTrue();
        assertThat(contains("10.0.0.0/8", "11.0.0.1")).isFalse();
        assertThat(contains("192.168.4.0/22", "192.168.7.255")).isTrue();
        assertThat(contains("192.168.4.0/22", "192.168.8.0")).isFalse();
        assertThat(contains("192.168.4.1/22", "192.168.5.9")).as("host bits are ignored").isTrue();
        assertThat(contains("0.0.0.0/0", "203.0.113.7")).isTrue();
        assertThat(contains("203.0.113.7/32", "203.0.113.7")).isTrue();
    }

    @Test
    void matchesIpv6AddressesAndRanges() {
        assertThat(contains("::1", "::1")).isTrue();
        assertThat(contains("::1", "0:0:0:0:0:0:0:1")).isTrue();
        assertThat(contains("fd00::/8", "fd12:3456:789a::1")).isTrue();
        assertThat(contains("fd00::/8", "fe80::1")).isFalse();
        assertThat(contains("2001:db8::/33", "2001:db8:7fff::1")).isTrue();
        assertThat(contains("2001:db8::/33", "2001:db8:8000::1")).isFalse();
        assertThat(contains("::/0", "2001:db8::1")).isTrue();
    }

    @Test
    void neverMatchesAcrossFamilies() {
        assertThat(contains("0.0.0.0/0", "::1")).isFalse();
        assertThat(contains("::/0", "127.0.0.1")).isFalse();
    }

    @Test
    void rejectsWhatIsNotAnAddressOrRange() {
        for (String bad : List.of("", "localhost", "proxy.example.com", "10.0.0.0/33", "::/129", "10.0.0.0/",
                "10.0.0/8", "256.1.1.1", "10.0.0.1/-1", "1.2.3.4/8/8", "fd00::zz", "10.0.0.0/abc")) {
            assertThatThrownBy(() -> IpRange.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not an IP address or CIDR range");
        }
    }

    @Test
    void readsOnlyLiteralsNeverNames() {
        assertThat(IpRange.address("localhost")).isEmpty();
        assertThat(IpRange.address("unknown")).isEmpty();
        assertThat(IpRange.address("1.2.3")).isEmpty();
        assertThat(IpRange.address("203.0.113.7")).isPresent();
    }
}

package ara.adapter.webhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

class PublicAddressesTest {

    @ParameterizedTest
    @CsvSource({
            "0.0.0.0, unspecified", "0.1.2.3, unspecified",
            "10.0.0.1, private", "10.255.255.255, private",
            "172.16.0.1, private", "172.31.255.254, private",
            "192.168.1.1, private",
            "100.64.0.1, CGNAT", "100.127.255.254, CGNAT",
            "127.0.0.1, loopback", "127.255.0.9, loopback",
            "169.254.169.254, link-local", "169.254.0.1, link-local",
            "224.0.0.1, multicast", "239.255.255.250, multicast",
            "255.255.255.255, broadcast", "240.0.0.1, reserved",
            "198.18.0.1, benchmarking", "198.19.255.254, benchmarking",
            "192.0.2.10, documentation", "198.51.100.7, documentation", "203.0.113.99, documentation",
            "192.0.0.8, special-purpose",
            "::, unspecified", "::1, loopback",
            "fc00::1, unique local", "fd12:3456::1, unique local", "fd00:ec2::254, unique local",
            "fe80::1, link-local", "febf::1, link-local", "ff02::1, multicast",
            "2001:db8::1, documentation",
            "::ffff:127.0.0.1, loopback", "::ffff:10.1.2.3, private", "::ffff:169.254.169.254, link-local",
            "::127.0.0.1, IPv4-compatible loopback", "::10.0.0.1, IPv4-compatible private",
            "64:ff9b::a9fe:a9fe, NAT64 link-local", "2002:7f00:1::, 6to4 loopback", "2002:c0a8:101::1, 6to4 private"
    })
    void refusesNonPublicAddresses(String address, String kind) throws UnknownHostException {
        assertThat(PublicAddresses.refusal(InetAddress.getByName(address))).hasValueSatisfying(
                refusal -> assertThat(refusal).contains(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.215.14", "172.32.0.1", "172.15.255.255", "100.128.0.1",
            "100.63.255.255", "11.0.0.1", "192.169.0.1", "198.20.0.1", "223.255.255.254", "169.253.255.255",
            "2606:4700:4700::1111", "2a00:1450:4001:81c::200e", "::ffff:8.8.8.8", "64:ff9b::808:808",
            "2002:0808:0808::1"})
    void acceptsPublicAddresses(String address) throws UnknownHostException {
        assertThat(PublicAddresses.refusal(InetAddress.getByName(address))).isEmpty();
    }
}

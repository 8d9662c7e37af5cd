package ara.adapter.webhook;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The server-side request forgery rule: which addresses are not public and so never receive webhooks (loopback,
 * private, shared (CGNAT), link-local and cloud metadata, multicast, broadcast, benchmarking, documentation and other
 * special-purpose ranges of IPv4 and IPv6), IPv4 addresses embedded in IPv6 ones (mapped, compatible, NAT64, 6to4)
 * judged as the IPv4 address they carry. Stateless.
 */
public final class PublicAddresses {
    /** A range of addresses of one kind. */
    private record Range(byte[] prefix, int bits, String kind) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
                return false;
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private static final List<Range> V4 = List.of(
            v4("0.0.0.0", 8, "unspecified (this network)"),
            v4("10.0.0.0", 8, "private"),
            v4("100.64.0.0", 10, "shared (CGNAT)"),
            v4("127.0.0.0", 8, "loopback"),
            v4("169.254.0.0", 16, "link-local (cloud metadata)"),
            v4("172.16.0.0", 12, "private"),
            v4("192.0.0.0", 24, "special-purpose"),
            v4("192.0.2.0", 24, "documentation"),
            v4("192.88.99.0", 24, "special-purpose"),
            v4("192.168.0.0", 16, "private"),
            v4("198.18.0.0", 15, "benchmarking"),
            v4("198.51.100.0", 24, "documentation"),
            v4("203.0.113.0", 24, "documentation"),
            v4("224.0.0.0", 4, "multicast"),
            v4("240.0.0.0", 4, "reserved or broadcast"));

    private static final List<Range> V6 = List.of(
            v6("::", 128, "unspecified"),
            v6("::1", 128, "loopback"),
            v6("100::", 64, "discard"),
            v6("2001::", 23, "special-purpose"),
            v6("2001:db8::", 32, "documentation"),
            v6("3fff::", 20, "documentation"),
            v6("fc00::", 7, "unique local (private)"),
            v6("fe80::", 10, "link-local"),
            v6("fec0::", 10, "site-local"),
            v6("ff00::", 8, "multicast"));

    /** IPv6 prefixes whose last 32 bits (or, for 6to4, bits 16 to 48) are an IPv4 address. */
    private static final Range MAPPED = v6("::ffff:0:0", 96, "IPv4-mapped");
    private static final Range COMPATIBLE = v6("::", 96, "IPv4-compatible");
    private static final Range NAT64 = v6("64:ff9b::", 96, "NAT64");
    private static final Range LOCAL_NAT64 = v6("64:ff9b:1::", 48, "NAT64 (local)");
    private static final Range SIX_TO_FOUR = v6("2002::", 16, "6to4");

    private PublicAddresses() {
    }

    /** Why {@code address} is not public (its kind, e.g. {@code loopback}); empty when it is public. */
    public static Optional<String> refusal(InetAddress address) {
        return refusal(address.getAddress());
    }

    private static Optional<String> refusal(byte[] address) {
        if (address.length == 4) {
            return kindIn(V4, address);
        }
        Optional<String> special = kindIn(V6, address);
        if (special.isPresent()) {
            return special;
        }
        if (LOCAL_NAT64.contains(address)) {
            return Optional.of(LOCAL_NAT64.kind());
        }
        for (Range embedding : List.of(MAPPED, COMPATIBLE, NAT64)) {
            if (embedding.contains(address)) {
                return refusal(Arrays.copyOfRange(address, 12, 16)).map(kind -> embedding.kind() + " " + kind);
            }
        }
        if (SIX_TO_FOUR.contains(address)) {
            return refusal(Arrays.copyOfRange(address, 2, 6)).map(kind -> SIX_TO_FOUR.kind() + " " + kind);
        }
        return Optional.empty();
    }

    private static Optional<String> kindIn(List<Range> ranges, byte[] address) {
        return ranges.stream().filter(range -> range.contains(address)).map(Range::kind).findFirst();
    }

    private static Range v4(String prefix, int bits, String kind) {
        return new Range(literal(prefix), bits, kind);
    }

    private static Range v6(String prefix, int bits, String kind) {
        byte[] bytes = literal(prefix);
        if (bytes.length == 4) {
            // ::ffff:0:0 is read back as an IPv4 address by the JDK; spell it out.
            byte[] v6 = new byte[16];
            v6[10] = (byte) 0xff;
            v6[11] = (byte) 0xff;
            bytes = v6;
        }
        return new Range(bytes, bits, kind);
    }

    private static byte[] literal(String address) {
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("not an address literal: " + address, e);
        }
    }
}

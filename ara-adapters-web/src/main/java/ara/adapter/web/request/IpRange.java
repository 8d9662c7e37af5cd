package ara.adapter.web.request;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One address or CIDR range, IPv4 or IPv6: {@code 10.0.0.1}, {@code 10.0.0.0/8}, {@code ::1},
 * {@code fd00::/8}. Parsing never resolves names: only IP literals are accepted. Immutable.
 */
public final class IpRange {
    // Literal characters only, so InetAddress.getByName never turns the text into a DNS lookup.
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final byte[] network;
    private final int prefix;
    private final String text;

    private IpRange(byte[] network, int prefix, String text) {
        this.network = network;
        this.prefix = prefix;
        this.text = text;
    }

    /**
     * Parses an address or {@code address/prefix}.
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public static IpRange parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] bytes = address(address).orElseThrow(() -> new IllegalArgumentException(
                "not an IP address or CIDR range: " + text));
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String length = trimmed.substring(slash + 1);
            if (!length.matches("[0-9]{1,3}") || Integer.parseInt(length) > bits) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + text
                        + " (the prefix length must be 0-" + bits + ")");
            }
            prefix = Integer.parseInt(length);
        }
        return new IpRange(mask(bytes, prefix), prefix, trimmed);
    }

    /** The bytes of an IP literal, or empty when {@code text} is not one (host names included). */
    public static Optional<byte[]> address(String text) {
        if (text == null || !LITERAL.matcher(text).matches()) {
            return Optional.empty();
        }
        if (text.indexOf(':') < 0 && !text.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code address} (IP bytes) lies in this range; an IPv4 address never matches an IPv6 range. */
    public boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        return Arrays.equals(mask(address, prefix), network);
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] masked = address.clone();
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.clamp(prefix - i * 8L, 0, 8);
            masked[i] = (byte) (masked[i] & (0xFF << (8 - keep)));
        }
        return masked;
    }

    @Override
    public String toString() {
        return text;
    }
}

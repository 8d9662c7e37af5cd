package ara.adapter.web.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves the client's IP address: the direct peer, unless the peer is a trusted proxy; then the right-most
 * address of {@code X-Forwarded-For} that is not itself a trusted proxy (everything left of it could be forged by
 * the client). Immutable and thread-safe.
 */
public final class ClientAddress {
    /** The most {@code X-Forwarded-For} entries examined; a longer chain is cut at its right end. */
    static final int MAX_HOPS = 20;

    private final List<IpRange> trustedProxies;

    public ClientAddress(List<IpRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /** From the settings' texts; each must be an IP address or CIDR range. */
    public static ClientAddress trusting(List<String> trustedProxies) {
        return new ClientAddress(trustedProxies.stream().map(IpRange::parse).toList());
    }

    /**
     * The client address for a request.
     *
     * @param peer          the address of the direct peer (the TCP connection)
     * @param forwardedFor  every {@code X-Forwarded-For} header value in order, or an empty list
     */
    public String resolve(String peer, List<String> forwardedFor) {
        Objects.requireNonNull(peer, "peer");
        String client = unbracketed(peer);
        if (!trusted(client)) {
            return client;
        }
        List<String> hops = forwardedFor.stream()
                .flatMap(header -> List.of(header.split(",")).stream())
                .map(String::strip)
                .map(ClientAddress::unbracketed)
                .toList();
        for (int i = hops.size() - 1; i >= Math.max(0, hops.size() - MAX_HOPS); i--) {
            String hop = hops.get(i);
            if (IpRange.address(hop).isEmpty()) {
                // Garbage (or "unknown") from a proxy we trust: stop at the last address we can vouch for.
                return client;
            }
            client = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean trusted(String address) {
        Optional<byte[]> bytes = IpRange.address(address);
        return bytes.isPresent() && trustedProxies.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    private static String unbracketed(String address) {
        return address.length() > 2 && address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
    }
}

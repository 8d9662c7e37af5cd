package ara.adapter.web.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the client's IP address: the direct peer, unless the peer is a trusted proxy; then, when a viewer-address
 * header is configured (CloudFront's {@code CloudFront-Viewer-Address}, {@code ip:port}) and the request carries a
 * well-formed one, its address; else the right-most address of {@code X-Forwarded-For} that is not itself a trusted
 * proxy (everything left of it could be forged by the client). The viewer-address header is believed only from a
 * trusted proxy, as {@code X-Forwarded-For} is. Immutable and thread-safe.
 */
public final class ClientAddress {
    /** The most {@code X-Forwarded-For} entries examined; a longer chain is cut at its right end. */
    static final int MAX_HOPS = 20;
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    private final List<IpRange> trustedProxies;
    private final Optional<String> viewerAddressHeader;

    public ClientAddress(List<IpRange> trustedProxies) {
        this(trustedProxies, Optional.empty());
    }

    /**
     * @param viewerAddressHeader the header a trusted proxy puts the viewer's {@code ip:port} in, if any
     */
    public ClientAddress(List<IpRange> trustedProxies, Optional<String> viewerAddressHeader) {
        this.trustedProxies = List.copyOf(trustedProxies);
        this.viewerAddressHeader = Objects.requireNonNull(viewerAddressHeader, "viewerAddressHeader");
    }

    /** From the settings' texts; each must be an IP address or CIDR range. */
    public static ClientAddress trusting(List<String> trustedProxies) {
        return new ClientAddress(trustedProxies.stream().map(IpRange::parse).toList());
    }

    /** From the settings' texts, believing the viewer address in the given header (blank: none) from a trusted proxy. */
    public static ClientAddress trusting(List<String> trustedProxies, String viewerAddressHeader) {
        return new ClientAddress(trustedProxies.stream().map(IpRange::parse).toList(),
                Optional.of(viewerAddressHeader.strip()).filter(name -> !name.isEmpty()));
    }

    /** The header a trusted proxy names the viewer in, if one is configured. */
    public Optional<String> viewerAddressHeader() {
        return viewerAddressHeader;
    }

    /**
     * The client address for a request that may carry the configured viewer-address header.
     *
     * @param peer          the address of the direct peer (the TCP connection)
     * @param forwardedFor  every {@code X-Forwarded-For} header value in order, or an empty list
     * @param viewerAddress the viewer-address header's value, or {@code null} when absent (or none is configured)
     */
    public String resolve(String peer, List<String> forwardedFor, String viewerAddress) {
        Objects.requireNonNull(peer, "peer");
        if (viewerAddress != null && viewerAddressHeader.isPresent() && trusted(unbracketed(peer))) {
            Optional<String> viewer = viewerIp(viewerAddress.strip());
            if (viewer.isPresent()) {
                return viewer.get();
            }
        }
        return resolve(peer, forwardedFor);
    }

    /**
     * The address of an {@code ip:port} value: IPv4 {@code 198.51.100.10:46532}, IPv6 as CloudFront writes it,
     * unbracketed ({@code 2001:db8::1:46532}: the port follows the last colon), or bracketed
     * ({@code [2001:db8::1]:46532}); empty when it is not one.
     */
    static Optional<String> viewerIp(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || !PORT.matcher(value.substring(colon + 1)).matches()
                || Integer.parseInt(value.substring(colon + 1)) > 65_535) {
            return Optional.empty();
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") != host.endsWith("]")) {
            return Optional.empty();
        }
        String ip = unbracketed(host);
        return IpRange.address(ip).isPresent() ? Optional.of(ip) : Optional.empty();
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

package ara.adapter.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name into its addresses; the system's DNS in production, a fixed answer in tests. Thread-safe. */
@FunctionalInterface
public interface HostResolver {

    /**
     * Every address of {@code host} (a literal address resolves to itself).
     *
     * @throws UnknownHostException when it has none
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system's resolver. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}

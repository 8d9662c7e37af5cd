package ara.adapter.web;

import ara.application.port.out.webhook.WebhookDeliveryFailed;
import ara.application.port.out.webhook.WebhookSender;
import ara.application.port.out.webhook.WebhookTargetRefused;
import ara.domain.event.DomainEvent;
import ara.domain.webhook.WebhookSecret;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A webhook sender for the web tests (the web adapter cannot load the webhook adapter's HTTP client): host names
 * resolve through a fixed table, literal addresses as themselves; targets are refused as the real sender refuses the
 * common cases (not https; loopback, private, link-local, unique-local or unspecified addresses; credentials), and
 * every delivery to an allowed target fails as if nothing listened. The full rules are tested with the real sender
 * in ara-adapters-webhook. Thread-safe.
 */
final class FakeWebhookSender implements WebhookSender {
    private final Map<String, byte[]> hosts;

    FakeWebhookSender(Map<String, byte[]> hosts) {
        this.hosts = Objects.requireNonNull(hosts, "hosts");
    }

    @Override
    public void check(URI url) {
        if (!"https".equals(url.getScheme())) {
            throw new WebhookTargetRefused("must use https");
        }
        if (url.getRawUserInfo() != null) {
            throw new WebhookTargetRefused("must not carry credentials");
        }
        InetAddress address = resolve(url.getHost());
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || uniqueLocal) {
            throw new WebhookTargetRefused("must resolve to public addresses only, not a private address");
        }
    }

    @Override
    public void send(URI url, List<WebhookSecret> secrets, DomainEvent event) {
        check(url);
        throw new WebhookDeliveryFailed("could not connect");
    }

    private InetAddress resolve(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        try {
            byte[] fixed = hosts.get(bare);
            return fixed != null ? InetAddress.getByAddress(bare, fixed)
                    : bare.matches("[0-9.]+|.*:.*") ? InetAddress.getByName(bare) : unknown(bare);
        } catch (UnknownHostException e) {
            throw new WebhookTargetRefused("host must resolve");
        }
    }

    private static InetAddress unknown(String host) throws UnknownHostException {
        throw new UnknownHostException(host);
    }
}

package ara.adapter.webhook;

import ara.application.port.out.webhook.WebhookTargetRefused;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which webhook URLs may be called: {@code https} (or {@code http} when private targets are allowed), a host, no
 * credentials in the URL, and every address the host resolves to public ({@link PublicAddresses}) unless private
 * targets are allowed. Thread-safe.
 */
public final class WebhookTargets {
    private final HostResolver resolver;
    private final boolean allowPrivate;

    /** @param allowPrivate whether private addresses and plain {@code http} are allowed (tests, private networks) */
    public WebhookTargets(HostResolver resolver, boolean allowPrivate) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.allowPrivate = allowPrivate;
    }

    /**
     * Checks the URL and resolves its host.
     *
     * @throws WebhookTargetRefused naming the rule it breaks
     */
    public void check(URI url) {
        checkForm(url);
        addresses(url.getHost());
    }

    /**
     * Checks the URL's form: scheme, host, no credentials.
     *
     * @throws WebhookTargetRefused naming the rule it breaks
     */
    public void checkForm(URI url) {
        String scheme = Optional.ofNullable(url.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            throw new WebhookTargetRefused("must use https");
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            throw new WebhookTargetRefused("must name a host");
        }
        if (url.getRawUserInfo() != null) {
            throw new WebhookTargetRefused("must not carry credentials");
        }
        if (url.getRawFragment() != null) {
            throw new WebhookTargetRefused("must not have a fragment");
        }
    }

    /**
     * The host's addresses, each checked: what a delivery connects to.
     *
     * @throws WebhookTargetRefused when it does not resolve or one of its addresses is not public
     */
    public List<InetAddress> addresses(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = List.copyOf(resolver.resolve(bare));
        } catch (UnknownHostException e) {
            throw new WebhookTargetRefused("host must resolve");
        }
        if (addresses.isEmpty()) {
            throw new WebhookTargetRefused("host must resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                PublicAddresses.refusal(address).ifPresent(kind -> {
                    throw new WebhookTargetRefused("must resolve to public addresses only, not a " + kind
                            + " address");
                });
            }
        }
        return addresses;
    }
}

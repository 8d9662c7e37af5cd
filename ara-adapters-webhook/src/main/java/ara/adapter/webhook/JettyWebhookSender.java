package ara.adapter.webhook;

import ara.application.port.out.webhook.WebhookDeliveryFailed;
import ara.application.port.out.webhook.WebhookSender;
import ara.application.port.out.webhook.WebhookTargetRefused;
import ara.domain.event.DomainEvent;
import ara.domain.webhook.WebhookSecret;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Webhook adapter: posts events with Jetty's HTTP client, signed per Standard Webhooks. The client's address
 * resolver is {@link WebhookTargets}: the addresses a connection is opened to are the ones it just checked, so a
 * name that resolves to a public address when checked and to a private one a moment later (DNS rebinding) cannot
 * switch the target; TLS still verifies the certificate against the host name. Redirects are not followed, cookies
 * not kept, answers not decompressed, and at most {@link WebhookSettings#maxResponseBytes()} of an answer read; a 2xx
 * answer is a delivery, anything else (or no answer in time) a failure. Thread-safe; close it to stop the client.
 */
public final class JettyWebhookSender implements WebhookSender, AutoCloseable {
    private static final String USER_AGENT = "ARA-Webhooks/1";

    private final WebhookTargets targets;
    private final WebhookSettings settings;
    private final Clock clock;
    private final HttpClient client;

    public JettyWebhookSender(WebhookSettings settings, HostResolver resolver, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.targets = new WebhookTargets(resolver, settings.allowPrivate());
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = new HttpClient();
        client.setSocketAddressResolver(new CheckingResolver());
        client.setConnectTimeout(settings.connectTimeout().toMillis());
        client.setFollowRedirects(false);
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.getContentDecoderFactories().clear();
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, USER_AGENT));
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("the webhook HTTP client did not start", e);
        }
    }

    @Override
    public void check(URI url) {
        targets.check(url);
    }

    @Override
    public void send(URI url, List<WebhookSecret> secrets, DomainEvent event) {
        targets.checkForm(url);
        byte[] body = WebhookPayload.json(event).getBytes(StandardCharsets.UTF_8);
        String id = event.id().toString();
        long timestamp = clock.instant().getEpochSecond();
        String signature = StandardWebhooks.signature(id, timestamp, body, secrets);
        long deadline = settings.connectTimeout().plus(settings.responseTimeout()).toMillis();
        Request request = client.newRequest(url).method(HttpMethod.POST)
                .timeout(deadline, TimeUnit.MILLISECONDS)
                .headers(headers -> headers.put(StandardWebhooks.ID, id)
                        .put(StandardWebhooks.TIMESTAMP, Long.toString(timestamp))
                        .put(StandardWebhooks.SIGNATURE, signature))
                .body(new BytesRequestContent("application/json", body));
        InputStreamResponseListener listener = new InputStreamResponseListener();
        request.send(listener);
        int status = status(listener, deadline);
        if (status < 200 || status > 299) {
            throw new WebhookDeliveryFailed("answered " + status);
        }
    }

    /** Waits for the answer's status, then reads at most the allowed part of its body and drops the rest. */
    private int status(InputStreamResponseListener listener, long deadline) {
        try {
            // The request's own timeout fires first; this bound only guards against a lost callback.
            Response response = listener.get(deadline + 1_000, TimeUnit.MILLISECONDS);
            try (InputStream content = listener.getInputStream()) {
                content.readNBytes(settings.maxResponseBytes());
            } catch (IOException e) {
                // The status is what counts; a body cut short (or dropped by us) changes nothing.
            }
            return response.getStatus();
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (TimeoutException e) {
            throw new WebhookDeliveryFailed("timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookDeliveryFailed("interrupted", e);
        }
    }

    private static RuntimeException failure(Throwable cause) {
        if (cause instanceof WebhookTargetRefused refused) {
            return new WebhookTargetRefused(refused.rule());
        }
        if (cause instanceof TimeoutException) {
            return new WebhookDeliveryFailed("timed out", cause);
        }
        if (cause instanceof ConnectException) {
            return new WebhookDeliveryFailed("could not connect", cause);
        }
        return new WebhookDeliveryFailed("failed: " + (cause == null ? "unknown" : cause.getClass().getSimpleName()),
                cause);
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the webhook HTTP client did not stop", e);
        }
    }

    /** Resolves a host for a new connection through the checks, on the client's executor (DNS may block). */
    private final class CheckingResolver implements SocketAddressResolver {
        @Override
        public void resolve(String host, int port, Map<String, Object> context,
                            Promise<List<InetSocketAddress>> promise) {
            client.getExecutor().execute(() -> {
                try {
                    promise.succeeded(targets.addresses(host).stream()
                            .map(address -> new InetSocketAddress(address, port)).toList());
                } catch (RuntimeException e) {
                    promise.failed(e);
                }
            });
        }
    }
}

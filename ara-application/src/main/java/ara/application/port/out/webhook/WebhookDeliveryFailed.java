package ara.application.port.out.webhook;

/** A webhook delivery that did not get a 2xx answer: a short reason, never a secret or the body sent. */
public final class WebhookDeliveryFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WebhookDeliveryFailed(String reason) {
        super(reason);
    }

    public WebhookDeliveryFailed(String reason, Throwable cause) {
        super(reason, cause);
    }
}

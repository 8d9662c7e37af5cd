package ara.application.port.out.idempotency;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A response kept for an idempotency key, replayed to a retry with the same request. Immutable (copies in and
 * out).
 *
 * @param status  the status code, 100 to 599
 * @param headers the headers to replay (names as given), no {@code null} names or values
 * @param body    the body, at most {@value #MAX_BODY_BYTES} bytes
 */
public record StoredResponse(int status, Map<String, String> headers, byte[] body) {
    /** The largest body kept: 1 MiB. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    public StoredResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be 100..599, got " + status);
        }
        Objects.requireNonNull(headers, "headers");
        Map<String, String> copy = new LinkedHashMap<>();
        headers.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "header name"),
                Objects.requireNonNull(value, () -> "value of header " + name)));
        headers = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(body, "body");
        if (body.length > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("body must be at most " + MAX_BODY_BYTES + " bytes, got "
                    + body.length);
        }
        body = body.clone();
    }

    /** A copy of the body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that && status == that.status && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * status + headers.hashCode()) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "StoredResponse[status=" + status + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }
}

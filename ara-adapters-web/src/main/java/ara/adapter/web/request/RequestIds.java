package ara.adapter.web.request;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Request ids: a well-formed inbound {@code X-Request-Id} is kept, so a proxy's id follows the request through;
 * anything else is replaced by the request's trace id when it is traced, else by a random UUID. Well-formed means 1-128 characters of letters, digits, {@code . _ :
 * -}, which keeps ids safe to log and to echo. Stateless.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    static final int MAX_LENGTH = 128;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private RequestIds() {
    }

    /** The inbound id when it is well-formed, else a new one. */
    public static String accept(String inbound) {
        return accept(inbound, null);
    }

    /** The inbound id when it is well-formed, else the trace id when there is one, else a new one. */
    public static String accept(String inbound, String traceId) {
        if (inbound != null && WELL_FORMED.matcher(inbound).matches()) {
            return inbound;
        }
        return traceId != null ? traceId : UUID.randomUUID().toString();
    }
}

package ara.adapter.redis;

import ara.application.port.out.StoreUnavailable;

/**
 * Redis could not serve a call: the connection failed, a reply timed out, the server answered with an error, or
 * Redis is considered down and was not asked at all ({@link RedisGuard}). Nothing can be assumed about whether the
 * call took effect on the server; callers fall back (see {@code Fallback*} in this package).
 */
public final class RedisUnavailable extends StoreUnavailable {
    private static final long serialVersionUID = 1L;

    RedisUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}

package ara.adapter.redis;

import ara.application.port.out.limit.Gcra;
import ara.application.port.out.limit.RateLimit;
import ara.application.port.out.limit.RateLimitDecision;
import ara.application.port.out.limit.RateLimiter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Rate limits in Redis, shared by every instance of the application: GCRA ({@link Gcra}, the same arithmetic) in one
 * Lua script per check, on the server's clock ({@code TIME}), so concurrent checks from any instance never race; a
 * peek runs the same script with a flag that keeps it from storing. One key per limited key and limit,
 * {@code <namespace>:rl:<count>/<interval µs>:<key>}, holding the TAT in microseconds and expiring when the
 * allowance is full again. Every call goes through the connection's {@link RedisGuard}: a failure leaves as
 * {@link RedisUnavailable} (wrap in {@link FallbackRateLimiter} so that callers never see it). Thread-safe.
 */
public final class RedisRateLimiter implements RateLimiter {
    static final LuaScript GCRA = LuaScript.of("gcra", """
            -- KEYS[1]: the key's TAT (µs); ARGV[1]: interval (µs); ARGV[2]: count; ARGV[3]: 1 to count, 0 to peek.
            -- Returns {allowed 0/1, remaining, reset after (µs), retry after (µs)}.
            local interval = tonumber(ARGV[1])
            local count = tonumber(ARGV[2])
            local window = interval * count
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
            local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
            if tat < now then tat = now end
            local new_tat = tat + interval
            if new_tat - now > window then
              return {0, 0, tat - now, new_tat - window - now}
            end
            if ARGV[3] == '1' then
              redis.call('SET', KEYS[1], string.format('%.0f', new_tat),
                         'PX', string.format('%.0f', math.ceil((new_tat - now) / 1000) + 1))
            end
            return {1, math.floor((window - (new_tat - now)) / interval), new_tat - now, 0}
            """);

    private final RedisConnection connection;

    public RedisRateLimiter(RedisConnection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public RateLimitDecision check(String key, RateLimit limit) {
        return run(key, limit, true);
    }

    @Override
    public RateLimitDecision peek(String key, RateLimit limit) {
        return run(key, limit, false);
    }

    private RateLimitDecision run(String key, RateLimit limit, boolean count) {
        Objects.requireNonNull(limit, "limit");
        long interval = Gcra.intervalMicros(limit);
        String redisKey = connection.namespace() + ":rl:" + limit.count() + "/" + interval + ":"
                + Gcra.checkedKey(key);
        // Retried only when the call did not reach Redis; a reply lost after the script ran would count twice.
        List<?> values = (List<?>) connection.call(count ? "rate limit check" : "rate limit peek",
                client -> GCRA.run(client, List.of(bytes(redisKey)), List.of(bytes(Long.toString(interval)),
                        bytes(Integer.toString(limit.count())), bytes(count ? "1" : "0"))));
        return Gcra.decision(number(values, 0) == 1, limit, Math.toIntExact(number(values, 1)), number(values, 2),
                number(values, 3));
    }

    private static long number(List<?> values, int index) {
        return (Long) values.get(index);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}

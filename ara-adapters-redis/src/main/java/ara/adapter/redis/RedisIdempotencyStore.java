package ara.adapter.redis;

import ara.application.port.out.idempotency.IdempotencyArguments;
import ara.application.port.out.idempotency.IdempotencyClaim;
import ara.application.port.out.idempotency.IdempotencyKey;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.application.port.out.idempotency.StoredResponse;

import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Idempotency keys in Redis, shared by every instance of the application. One hash per key,
 * {@code <namespace>:idem:<scope length>:<scope>:<key>}, with the fields {@code fp} (the request's fingerprint),
 * {@code state} ({@code in-flight} or {@code done}) and, when done, {@code status}, {@code body} and one
 * {@code h:<name>} per header; it expires its TTL after {@code begin}. Each operation is one Lua script, so two
 * callers never both start a key. Every call goes through the connection's {@link RedisGuard}: a failure leaves as
 * {@link RedisUnavailable} (wrap in {@link FallbackIdempotencyStore} so that callers never see it). Thread-safe.
 */
public final class RedisIdempotencyStore implements IdempotencyStore {
    static final LuaScript BEGIN = LuaScript.of("idempotency-begin", """
            -- KEYS[1]: the key's hash; ARGV[1]: fingerprint; ARGV[2]: TTL (ms); ARGV[3]: in-flight lease (ms).
            -- In flight the key lives for the lease only; complete gives it the whole TTL.
            local fp = redis.call('HGET', KEYS[1], 'fp')
            if not fp then
              redis.call('HSET', KEYS[1], 'fp', ARGV[1], 'state', 'in-flight', 'ttl', ARGV[2])
              redis.call('PEXPIRE', KEYS[1], math.min(tonumber(ARGV[2]), tonumber(ARGV[3])))
              return {'started'}
            end
            if fp ~= ARGV[1] then return {'mismatch'} end
            if redis.call('HGET', KEYS[1], 'state') ~= 'done' then return {'in-flight'} end
            local all = redis.call('HGETALL', KEYS[1])
            table.insert(all, 1, 'replay')
            return all
            """);
    static final LuaScript COMPLETE = LuaScript.of("idempotency-complete", """
            -- KEYS[1]: the key's hash; ARGV: status, body, then header name and value pairs.
            -- The response is kept for the TTL begin was given, from now.
            if redis.call('HGET', KEYS[1], 'state') ~= 'in-flight' then return 0 end
            redis.call('HSET', KEYS[1], 'state', 'done', 'status', ARGV[1], 'body', ARGV[2])
            for i = 3, #ARGV, 2 do
              redis.call('HSET', KEYS[1], 'h:' .. ARGV[i], ARGV[i + 1])
            end
            redis.call('PEXPIRE', KEYS[1], redis.call('HGET', KEYS[1], 'ttl'))
            return 1
            """);
    static final LuaScript ABANDON = LuaScript.of("idempotency-abandon", """
            -- KEYS[1]: the key's hash; only a key still in flight is released.
            if redis.call('HGET', KEYS[1], 'state') == 'in-flight' then
              redis.call('DEL', KEYS[1])
              return 1
            end
            return 0
            """);

    private static final String HEADER_PREFIX = "h:";

    /**
     * How long a key stays claimed while its first request runs: requests take seconds, and a key whose completion
     * never reached Redis (Redis failed in between) is free again after this instead of answering 409 for its TTL.
     */
    public static final Duration DEFAULT_IN_FLIGHT_LEASE = Duration.ofMinutes(2);

    private final RedisConnection connection;
    private final long inFlightLeaseMillis;

    public RedisIdempotencyStore(RedisConnection connection) {
        this(connection, DEFAULT_IN_FLIGHT_LEASE);
    }

    /** @param inFlightLease how long a started key stays claimed without being completed, at least 1 ms */
    public RedisIdempotencyStore(RedisConnection connection, Duration inFlightLease) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.inFlightLeaseMillis = Objects.requireNonNull(inFlightLease, "inFlightLease").toMillis();
        if (inFlightLeaseMillis < 1) {
            throw new IllegalArgumentException("inFlightLease must be at least 1 ms, got " + inFlightLease);
        }
    }

    @Override
    public IdempotencyClaim begin(String scope, String key, String requestFingerprint, Duration ttl) {
        byte[] redisKey = redisKey(new IdempotencyKey(scope, key));
        String fingerprint = IdempotencyArguments.checkedFingerprint(requestFingerprint);
        long ttlMillis = IdempotencyArguments.checkedTtl(ttl).toMillis();
        // Never retried: a retry of a claim whose reply was lost would find its own claim and answer "in flight".
        List<byte[]> args = List.of(utf8(fingerprint), utf8(Long.toString(ttlMillis)),
                utf8(Long.toString(inFlightLeaseMillis)));
        List<?> reply = (List<?>) connection.callOnce("idempotency begin",
                client -> BEGIN.run(client, List.of(redisKey), args));
        String outcome = text(reply.get(0));
        return switch (outcome) {
            case "started" -> new IdempotencyClaim.Started();
            case "in-flight" -> new IdempotencyClaim.InFlight();
            case "mismatch" -> new IdempotencyClaim.Mismatch();
            case "replay" -> new IdempotencyClaim.Replay(response(reply.subList(1, reply.size())));
            default -> throw new IllegalStateException("unexpected reply from the idempotency script: " + outcome);
        };
    }

    @Override
    public boolean complete(String scope, String key, StoredResponse response) {
        byte[] redisKey = redisKey(new IdempotencyKey(scope, key));
        Objects.requireNonNull(response, "response");
        List<byte[]> args = new ArrayList<>();
        args.add(utf8(Integer.toString(response.status())));
        args.add(response.body());
        response.headers().forEach((name, value) -> {
            args.add(utf8(name));
            args.add(utf8(value));
        });
        return (Long) connection.callOnce("idempotency complete",
                client -> COMPLETE.run(client, List.of(redisKey), args)) == 1;
    }

    @Override
    public void abandon(String scope, String key) {
        byte[] redisKey = redisKey(new IdempotencyKey(scope, key));
        connection.call("idempotency abandon", client -> ABANDON.run(client, List.of(redisKey), List.of()));
    }

    /**
     * Scans the namespace for the scope's keys and deletes them, a page at a time: O(keys in Redis), which an erasure
     * (rare) may take; a key started meanwhile is the caller's new request, not the erased data.
     */
    @Override
    public void forget(String scope) {
        new IdempotencyKey(scope, "*");
        String pattern = glob(connection.namespace() + ":idem:" + scope.length() + ":" + scope + ":") + "*";
        ScanParams params = new ScanParams().match(pattern).count(1_000);
        connection.call("idempotency forget", client -> {
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = client.scan(cursor, params);
                if (!page.getResult().isEmpty()) {
                    client.del(page.getResult().toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
            return null;
        });
    }

    /** The text as a literal in a SCAN pattern. */
    private static String glob(String literal) {
        return literal.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }

    private byte[] redisKey(IdempotencyKey id) {
        return utf8(connection.namespace() + ":idem:" + id.scope().length() + ":" + id.scope() + ":" + id.key());
    }

    /** The response from a flat list of hash fields and values. */
    private static StoredResponse response(List<?> fieldsAndValues) {
        int status = 0;
        byte[] body = new byte[0];
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldsAndValues.size(); i += 2) {
            String field = text(fieldsAndValues.get(i));
            byte[] value = (byte[]) fieldsAndValues.get(i + 1);
            if (field.startsWith(HEADER_PREFIX)) {
                headers.put(field.substring(HEADER_PREFIX.length()), new String(value, StandardCharsets.UTF_8));
            } else if ("status".equals(field)) {
                status = Integer.parseInt(new String(value, StandardCharsets.US_ASCII));
            } else if ("body".equals(field)) {
                body = Arrays.copyOf(value, value.length);
            }
        }
        return new StoredResponse(status, headers, body);
    }

    private static String text(Object bulk) {
        return new String((byte[]) bulk, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}

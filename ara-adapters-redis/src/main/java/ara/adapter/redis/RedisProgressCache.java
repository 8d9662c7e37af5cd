package ara.adapter.redis;

import ara.atrest.seal.PersonalDataCipher;
import ara.atrest.seal.SealedValueUnreadable;
import ara.atrest.json.AuditJson;
import ara.application.port.out.audit.ProgressCache;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.identity.GuestTokenHash;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The progress cache in Redis, shared by every instance of the application. One hash per audit,
 * {@code <namespace>:audit:<id>}, with the fields {@code v} (its version) and {@code d} (the audit as
 * {@link AuditJson}, the guest's email sealed), and one string per guest token, {@code <namespace>:gt:<hash>}, holding
 * the audit's id; both expire their TTL after the last put. A put is one Lua script that stores only over nothing,
 * a lower version or a tombstone of at most the same version; only a put of at least the cached version refreshes
 * the TTL and the guest-token key.
 *
 * <p>An {@link #evict evict} (the audit was deleted) is one script that replaces the hash with a tombstone of the
 * version 2^53 - 1 ({@code v} only, living the TTL) and deletes the guest-token key if it still names the
 * audit. No put carries such a version (versions count writes of one audit), so the version guard of the put script
 * alone keeps a slow reader that loaded the audit before its deletion from putting it back, without a script of its
 * own; the tombstone expires like an entry, after which such a late put could land again (the reader would have had
 * to take a whole TTL between its read and its put). A tombstone rather than a {@code DEL} because a {@code DEL}
 * would let exactly that put through.
 *
 * <p>Every call goes through the connection's {@link RedisGuard}; no Redis failure reaches the caller. A lookup that
 * fails is a miss. A put that fails may or may not have reached Redis, so the audit's id and version are remembered
 * as <i>unsynced</i>; before this instance reads the cache again it replaces each such entry older than that
 * version with a tombstone of that version (which no older put can overwrite, and which a put of the current
 * version replaces), and until that succeeds every read is a miss. So this instance never serves an audit it failed
 * to update. An evict that fails is remembered the same way with the version 2^53 - 1, so the
 * invalidation leaves exactly the evict's tombstone. Other instances may serve the older entry until then, or until
 * its TTL (docs/adr/0008). Thread-safe.
 */
public final class RedisProgressCache implements ProgressCache {
    /** The default time an entry lives after its last put. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(1);
    /**
     * The version of an evicted (deleted) audit's tombstone: above any version an audit reaches, and exact in the
     * double-precision numbers of Redis' Lua (2^53 - 1).
     */
    static final long DELETED = 9_007_199_254_740_991L;

    static final LuaScript PUT = LuaScript.of("progress-put", """
            -- KEYS[1]: the audit's hash; KEYS[2] (optional): its guest token's key.
            -- ARGV[1]: version; ARGV[2]: the audit document; ARGV[3]: TTL (ms); ARGV[4]: the audit's id.
            -- Returns 1 when stored, 0 when the cache holds this version or a newer one.
            local cached = tonumber(redis.call('HGET', KEYS[1], 'v'))
            local version = tonumber(ARGV[1])
            local tombstone = cached ~= nil and redis.call('HEXISTS', KEYS[1], 'd') == 0
            local stored = 0
            if cached == nil or cached < version or (tombstone and cached == version) then
              redis.call('HSET', KEYS[1], 'v', ARGV[1], 'd', ARGV[2])
              stored = 1
            end
            -- An older put (or one of an evicted audit) neither keeps the entry alive nor recreates its token key.
            if cached == nil or cached <= version then
              redis.call('PEXPIRE', KEYS[1], ARGV[3])
              if #KEYS > 1 then
                redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[3])
              end
            end
            return stored
            """);
    static final LuaScript INVALIDATE = LuaScript.of("progress-invalidate", """
            -- KEYS: audit hashes; ARGV[1]: TTL (ms); ARGV[i + 1]: the version a failed put of KEYS[i] carried.
            -- An entry (or tombstone) of at least that version stays: it is as new as the failed put or newer.
            -- Any other becomes a tombstone of that version: a miss that no older put can overwrite.
            for i, key in ipairs(KEYS) do
              local version = tonumber(ARGV[i + 1])
              local cached = tonumber(redis.call('HGET', key, 'v'))
              if cached == nil or cached < version then
                redis.call('DEL', key)
                redis.call('HSET', key, 'v', ARGV[i + 1])
                redis.call('PEXPIRE', key, ARGV[1])
              end
            end
            return #KEYS
            """);
    static final LuaScript EVICT = LuaScript.of("progress-evict", """
            -- KEYS[1]: the audit's hash; KEYS[2] (optional): the guest token's key its cached entry named.
            -- ARGV[1]: TTL (ms); ARGV[2]: the tombstone's version (DELETED); ARGV[3]: the audit's id.
            -- The hash becomes a tombstone no put can overwrite; the token key goes if it still names the audit.
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], 'v', ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            if #KEYS > 1 and redis.call('GET', KEYS[2]) == ARGV[3] then
              redis.call('DEL', KEYS[2])
            end
            return 1
            """);

    private static final System.Logger LOG = System.getLogger(RedisProgressCache.class.getName());
    private static final byte[] DATA = bytes("d");
    /** Invalidations per script call: bounds one call's work on the server. */
    private static final int INVALIDATION_BATCH = 500;

    private final RedisConnection connection;
    private final AuditJson json;
    private final Duration ttl;
    /** Audits whose last put failed, with the highest version a failed put carried. */
    private final ConcurrentMap<AuditId, Long> unsynced = new ConcurrentHashMap<>();

    /** A cache with entries living {@link #DEFAULT_TTL} after their last put. */
    public RedisProgressCache(RedisConnection connection, PersonalDataCipher cipher) {
        this(connection, cipher, DEFAULT_TTL);
    }

    /**
     * @param cipher seals the guest's email inside cached audits (the one the database uses)
     * @param ttl    how long an entry lives after its last put, at least 1 ms
     */
    public RedisProgressCache(RedisConnection connection, PersonalDataCipher cipher, Duration ttl) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.json = new AuditJson(Objects.requireNonNull(cipher, "cipher"));
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("ttl must be at least 1 ms, got " + ttl);
        }
    }

    @Override
    public Optional<Audit> find(AuditId id) {
        Objects.requireNonNull(id, "id");
        if (!synced()) {
            return Optional.empty();
        }
        return cached(id);
    }

    @Override
    public Optional<Audit> findByGuestToken(GuestTokenHash token) {
        Objects.requireNonNull(token, "token");
        if (!synced()) {
            return Optional.empty();
        }
        byte[] id;
        try {
            id = connection.call("progress cache: guest token", client -> client.get(guestTokenKey(token)));
        } catch (RedisUnavailable e) {
            return Optional.empty();
        }
        if (id == null) {
            return Optional.empty();
        }
        AuditId auditId;
        try {
            auditId = AuditId.parse(new String(id, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "progress cache: guest token entry is not an audit id; a miss");
            return Optional.empty();
        }
        // The audit may have lost the token since (claimed): then the mapping is stale and this is a miss.
        return cached(auditId).filter(audit -> audit.guestToken().filter(token::matches).isPresent());
    }

    @Override
    public void put(Audit audit) {
        Objects.requireNonNull(audit, "audit");
        byte[] document = json.write(audit);
        List<byte[]> keys = new ArrayList<>(2);
        keys.add(auditKey(audit.id()));
        audit.guestToken().ifPresent(token -> keys.add(guestTokenKey(token)));
        List<byte[]> args = List.of(bytes(Long.toString(audit.version())), document,
                bytes(Long.toString(ttl.toMillis())), bytes(audit.id().toString()));
        try {
            connection.call("progress cache: put", client -> PUT.run(client, keys, args));
        } catch (RedisUnavailable e) {
            unsynced.merge(audit.id(), audit.version(), Math::max);
            return;
        }
        // The cache now holds this version or a newer one: a failed put of at most this version no longer matters.
        unsynced.computeIfPresent(audit.id(), (id, failed) -> audit.version() >= failed ? null : failed);
    }

    @Override
    public void evict(AuditId id) {
        Objects.requireNonNull(id, "id");
        List<byte[]> keys = new ArrayList<>(2);
        keys.add(auditKey(id));
        // The token key is found through the cached entry; without one (a miss, or unreadable) it is left to its TTL:
        // it reaches the audit only through the hash, which is a tombstone from now on.
        cached(id).flatMap(Audit::guestToken).ifPresent(token -> keys.add(guestTokenKey(token)));
        List<byte[]> args = List.of(bytes(Long.toString(ttl.toMillis())), bytes(Long.toString(DELETED)),
                bytes(id.toString()));
        try {
            // Safe to run twice: the second run leaves the same tombstone.
            connection.call("progress cache: evict", client -> EVICT.run(client, keys, args));
        } catch (RedisUnavailable e) {
            unsynced.merge(id, DELETED, Math::max);
            return;
        }
        // The tombstone outranks any failed put of this audit: nothing is left to invalidate.
        unsynced.remove(id);
    }

    private Optional<Audit> cached(AuditId id) {
        byte[] document;
        try {
            document = connection.call("progress cache: get", client -> client.hget(auditKey(id), DATA));
        } catch (RedisUnavailable e) {
            return Optional.empty();
        }
        if (document == null) {
            return Optional.empty();
        }
        try {
            Audit audit = json.read(document);
            if (!audit.id().equals(id)) {
                throw new IllegalArgumentException("the entry of audit " + id + " holds audit " + audit.id());
            }
            return Optional.of(audit);
        } catch (IllegalArgumentException | SealedValueUnreadable e) {
            // E.g. written by another version of ARA, or under a data key this instance does not have: the
            // database has the audit, so this only costs a load.
            LOG.log(Level.WARNING, "progress cache: the entry of audit {0} cannot be read, a miss: {1}", id,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Makes sure no entry older than a failed put is left in Redis; {@code false} while that cannot be done (Redis
     * is still failing), and then the read must be a miss.
     */
    private boolean synced() {
        if (unsynced.isEmpty()) {
            return true;
        }
        List<Map.Entry<AuditId, Long>> pending = List.copyOf(unsynced.entrySet());
        for (int from = 0; from < pending.size(); from += INVALIDATION_BATCH) {
            List<Map.Entry<AuditId, Long>> batch = pending.subList(from,
                    Math.min(pending.size(), from + INVALIDATION_BATCH));
            List<byte[]> keys = new ArrayList<>(batch.size());
            List<byte[]> args = new ArrayList<>(batch.size() + 1);
            args.add(bytes(Long.toString(ttl.toMillis())));
            for (Map.Entry<AuditId, Long> entry : batch) {
                keys.add(auditKey(entry.getKey()));
                args.add(bytes(Long.toString(entry.getValue())));
            }
            try {
                connection.call("progress cache: invalidate", client -> INVALIDATE.run(client, keys, args));
            } catch (RedisUnavailable e) {
                return false;
            }
            // Only what was invalidated: a put that failed meanwhile with a higher version stays pending.
            batch.forEach(entry -> unsynced.remove(entry.getKey(), entry.getValue()));
        }
        LOG.log(Level.INFO, "progress cache: {0} audit(s) whose update or eviction failed to reach Redis are "
                + "invalidated there",
                pending.size());
        return true;
    }

    /**
     * Pushes the invalidations of failed puts and evictions to Redis now, instead of at this instance's next read:
     * for a process about to exit (the {@code guest-cleanup} command), whose pending invalidations would otherwise
     * be lost and leave other instances serving what it deleted until the entries expire.
     *
     * @return whether nothing is left pending ({@code false} while Redis still fails)
     */
    public boolean flush() {
        return synced();
    }

    /** How many audits are waiting to be invalidated (for tests). */
    int unsynced() {
        return unsynced.size();
    }

    private byte[] auditKey(AuditId id) {
        return bytes(connection.namespace() + ":audit:" + id);
    }

    private byte[] guestTokenKey(GuestTokenHash token) {
        return bytes(connection.namespace() + ":gt:" + token.hex());
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}

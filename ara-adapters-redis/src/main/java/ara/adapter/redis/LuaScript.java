package ara.adapter.redis;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A Lua script run by its SHA-1 ({@code EVALSHA}); when the server does not know it yet (first use, restart,
 * {@code SCRIPT FLUSH}) it is sent once with {@code EVAL}, which also caches it on the server. Thread-safe.
 */
final class LuaScript {
    private final String name;
    private final byte[] source;
    private final byte[] sha;

    private LuaScript(String name, byte[] source) {
        this.name = name;
        this.source = source;
        this.sha = sha1Hex(source).getBytes(StandardCharsets.US_ASCII);
    }

    /** The script {@code source}, called {@code name} in messages. */
    static LuaScript of(String name, String source) {
        return new LuaScript(name, source.getBytes(StandardCharsets.UTF_8));
    }

    Object run(UnifiedJedis client, List<byte[]> keys, List<byte[]> args) {
        try {
            return client.evalsha(sha, keys, args);
        } catch (JedisNoScriptException e) {
            return client.eval(source, keys, args);
        }
    }

    /** The SHA-1 the server knows the script by. */
    String sha() {
        return new String(sha, StandardCharsets.US_ASCII);
    }

    String source() {
        return new String(source, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "LuaScript[" + name + " " + sha() + "]";
    }

    private static String sha1Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }
}

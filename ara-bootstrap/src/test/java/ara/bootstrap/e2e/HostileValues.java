package ara.bootstrap.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * The catalogues the fuzz test draws from: text by unicode class, raw percent-escapes, numbers at and beyond the
 * usual bounds, and the header variants. Every pick comes from the caller's seeded {@link Random}. Stateless.
 */
final class HostileValues {
    /** Text by class: controls (C0, C1, NUL), bidi overrides, lone surrogates, emoji, combining marks, markup… */
    static final List<String> TEXT = List.of(
            "", " ", "x", "\u0000", "a\u0000b", "\u0007bell", "\u001b[31mred", "tab\tand\nnewline", "\r\n\r\n",
            "\u0085next-line", "\u009bcsi", "\u007fdel",
            "\u202eevil\u202c", "\u2066isolate\u2069", "\u200fmark", "\u061c",
            "\ud800", "x\udfffy", "\udbff\udbff",
            "😀", "👩‍👩‍👧‍👦", "🏳️‍🌈", "\ud83d\ude00\ud83d",
            "e\u0301", "Z\u0334\u0321\u0316\u0344", "a" + "\u0300".repeat(500), "\u200b", "\ufeffbom", "\ufffe",
            "مرحبا", "日本語", "Ǆ", "İ", "ß", "\u2028", "\uffff",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE audits; --",
            "../../etc/passwd", "%00", "%zz", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "null", "true", "-1", "0",
            "1e309", "NaN");

    /** Raw path-segment and query text, as it goes on the wire: bad escapes, invalid UTF-8, traversal. */
    static final List<String> RAW_SEGMENTS = List.of(
            "%zz", "%", "%4", "%C3%28", "%FF%FE", "%ED%A0%80", "%C0%AF", "%E2%80%AE", "%00", "%0a", "%0d%0a",
            "%2e%2e", "..", ".", "%2F", "a%2Fb", "%5C", "%25", "%u0041", "%F0%9F%98%80", "%CC%81", "%EF%BB%BF",
            "a;b", "a;jsessionid=x", "%20", "+", "~", "*");

    /** Numbers that break ranges: around 0, beyond int and long, fractions, exponents, words. */
    static final List<String> NUMBERS = List.of(
            "-1", "0", "1", "-0", "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999",
            "1.5", "1e3", "1e400", "0x10", "NaN", "Infinity", "", " 1", "1 ", "+1", "01", "١");

    static final List<String> CONTENT_TYPES = List.of(
            "text/plain", "application/json; charset=iso-8859-1", "application/json; charset=utf-16",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/problem+json",
            "APPLICATION/JSON", "application/json, text/plain", "application/jsonx", "*/*", "",
            "application/json; charset=\"utf-8\"; foo=bar", "ÿ/ÿ");

    static final List<String> ACCEPTS = List.of(
            "text/html", "application/xml", "*/*", "text/event-stream", "", "application/json;q=0",
            "application/problem+json", "image/png", "ÿ", "text/*;q=0.1, */*;q=0");

    static final List<String> AUTHORIZATIONS = List.of(
            "Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "Bearer x.y.z", "Bearer ....", "Digest x",
            "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.AAAA",
            "Bearer " + "A".repeat(5000), "Bearer \u00e9t\u00e9", "NTLM TlRMTVNTUAABAAAA", "bearer",
            "Bearer a b c");

    static final List<String> IF_MATCHES = List.of(
            "\"003\"", "\"01\"", "*", "W/\"1\"", "1", "\"\"", "\"99999999999999999999\"", "\"-1\"", "\"1\", \"2\"",
            "\"a\"", "junk", "\"1", "\"+1\"", "\"1 \"", "\"١\"");

    static final List<String> IDEMPOTENCY_KEYS = List.of(
            "a", "short", "", " ", "x".repeat(300), "ключ-ключ-ключ-ключ-ключ", "key\u0007key-key-key-key-key",
            "0123456789abcdefghijkl", "AAAAAAAAAAAAAAAAAAAAAA", "*", "%zz");

    static final List<String> METHOD_OVERRIDES = List.of(
            "X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    private HostileValues() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A UUID from the seeded random (never one ARA issued). */
    static UUID uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** Spellings of an id that are not its canonical lowercase form, and other near-ids. */
    static List<String> idSpellings(String id) {
        String plain = id.replace("-", "");
        return List.of(id.toUpperCase(Locale.ROOT), "%7B" + id + "%7D", plain, "urn:uuid:" + id,
                "%20" + id, id + "%20", id + "%00", "1-1-1-1-1", "0-0-0-0-0", id.substring(0, 35), id + "0",
                "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "x".repeat(5000),
                id.replace('-', '_'), "0x" + plain);
    }

    /** Percent-encodes text as UTF-8 (surrogates that cannot be encoded become '?', as a client library would). */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package ara.adapter.persistence.jdbi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Text stored gzipped (results: written once, read whole, never queried into). */
final class Gzip {
    /** What JSON of about 50 KB compresses to, give or take: the output buffer's first size. */
    private static final int TYPICAL_COMPRESSED = 8 * 1024;

    private Gzip() {
    }

    static byte[] compress(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(TYPICAL_COMPRESSED);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The text back.
     *
     * @throws DatabaseFailure when the bytes are not gzip (a damaged row)
     */
    static String decompress(byte[] compressed) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatabaseFailure("a stored result is not readable gzip: " + e.getMessage(), e);
        }
    }
}

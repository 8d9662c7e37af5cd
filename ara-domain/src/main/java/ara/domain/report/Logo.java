package ara.domain.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Value object: an organisation's logo for its reports: a PNG or JPEG of at most {@value #MAX_BYTES} bytes
 * (512 KiB), its format recognised from its content. Whether the image actually decodes, and its dimensions, is
 * checked by the renderer that draws it ({@code ReportRenderer.verify}). Immutable: the bytes are copied in and out.
 * Equal when the bytes are equal.
 */
public final class Logo {
    /** 512 KiB. */
    public static final int MAX_BYTES = 512 * 1024;

    private final byte[] content;
    private final LogoFormat format;

    private Logo(byte[] content, LogoFormat format) {
        this.content = content;
        this.format = format;
    }

    /**
     * A logo from uploaded bytes, whatever its file was called.
     *
     * @throws LogoRejected when the bytes are empty, larger than 512 KiB, or neither PNG nor JPEG
     */
    public static Logo of(byte[] content) {
        Objects.requireNonNull(content, "logo");
        if (content.length == 0) {
            throw new LogoRejected(LogoRejected.Rule.EMPTY, "logo must not be empty");
        }
        if (content.length > MAX_BYTES) {
            throw new LogoRejected(LogoRejected.Rule.TOO_LARGE, "logo must be at most " + MAX_BYTES
                    + " bytes (512 KiB), got " + content.length);
        }
        for (LogoFormat format : LogoFormat.values()) {
            if (format.matches(content)) {
                return new Logo(content.clone(), format);
            }
        }
        throw new LogoRejected(LogoRejected.Rule.UNSUPPORTED_FORMAT,
                "logo must be a PNG or JPEG image (recognised by its content, not its name)");
    }

    /** A copy of the image bytes. */
    public byte[] content() {
        return content.clone();
    }

    public LogoFormat format() {
        return format;
    }

    public int size() {
        return content.length;
    }

    /** The SHA-256 of the bytes in lower-case hex: names the logo without carrying it. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo that && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Logo[" + format + ", " + content.length + " bytes]";
    }
}

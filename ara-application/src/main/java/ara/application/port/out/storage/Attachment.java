package ara.application.port.out.storage;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Value object: how a download is saved, as an attachment under a file name (RFC 6266): {@code fileName} is the
 * name as a person wrote it (any Unicode, sent percent-encoded as {@code filename*=UTF-8''…}), {@code asciiFileName}
 * its ASCII stand-in for the clients that ignore {@code filename*}. Immutable.
 *
 * @param fileName      1-{@value #MAX_LENGTH} characters (code points), no control character, slash or backslash
 * @param asciiFileName 1-{@value #MAX_LENGTH} characters of {@code A-Z a-z 0-9 . _ -}
 */
public record Attachment(String fileName, String asciiFileName) {
    /** The longest name, well under the 255 bytes most file systems allow once percent-encoded parts decode. */
    public static final int MAX_LENGTH = 150;
    private static final Pattern ASCII = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}/\\\\]");
    /** RFC 5987 attr-char: what {@code filename*} may carry unencoded. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(asciiFileName, "asciiFileName");
        if (fileName.isBlank() || fileName.codePointCount(0, fileName.length()) > MAX_LENGTH
                || UNSAFE.matcher(fileName).find()) {
            throw new IllegalArgumentException("fileName must be 1-" + MAX_LENGTH
                    + " characters without control characters or slashes");
        }
        if (asciiFileName.length() > MAX_LENGTH || !ASCII.matcher(asciiFileName).matches()) {
            throw new IllegalArgumentException("asciiFileName must be 1-" + MAX_LENGTH
                    + " characters of A-Z a-z 0-9 . _ -");
        }
    }

    /** The {@code Content-Disposition} value: {@code attachment; filename="…"; filename*=UTF-8''…}. */
    public String contentDisposition() {
        return "attachment; filename=\"" + asciiFileName + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    /** RFC 5987 {@code value-chars}: every byte of the UTF-8 form outside attr-char as {@code %XX}. */
    static String percentEncoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}

package ara.application.port.out.storage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Value object: the media type of a stored object ({@code application/pdf}, {@code image/png}), as sent in the
 * {@code Content-Type} of an upload and given back on download. Kept as written (no case folding): a signed upload
 * link admits exactly this text.
 *
 * @param value {@code type/subtype} with optional {@code ; name=value} parameters, printable ASCII, at most
 *              {@value #MAX_LENGTH} characters
 */
public record ContentType(String value) {
    // Before the constants below: class initialisation runs in textual order.
    private static final String TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";
    private static final Pattern FORM = Pattern.compile(
            TOKEN + "/" + TOKEN + "(?: *; *" + TOKEN + "=(?:" + TOKEN + "|\"[ !#-\\[\\]-~]*\"))*");

    /** The longest content type accepted. */
    public static final int MAX_LENGTH = 255;
    /** A PDF document: rendered reports. */
    public static final ContentType PDF = new ContentType("application/pdf");
    /** Bytes of no particular type. */
    public static final ContentType OCTET_STREAM = new ContentType("application/octet-stream");

    public ContentType {
        Objects.requireNonNull(value, "content type");
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("content type must be at most " + MAX_LENGTH + " characters, got "
                    + value.length());
        }
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("content type must be type/subtype[; name=value]… in printable"
                    + " ASCII, got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

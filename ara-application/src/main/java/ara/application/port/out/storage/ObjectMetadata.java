package ara.application.port.out.storage;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Value object: the user metadata of a stored object (S3 {@code x-amz-meta-*}), e.g. the audit, report and template
 * of a rendered report. Names are lower case (S3 folds them), values printable ASCII without surrounding spaces
 * (they travel as HTTP headers), and all of it at most {@value #MAX_BYTES} bytes (the S3 limit). Immutable; names
 * sorted.
 *
 * @param entries name to value
 */
public record ObjectMetadata(Map<String, String> entries) {
    /** The most bytes of names and values together. */
    public static final int MAX_BYTES = 2048;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern VALUE = Pattern.compile("(?:[!-~](?:[ -~]*[!-~])?)?");
    /** No metadata. */
    public static final ObjectMetadata EMPTY = new ObjectMetadata(Map.of());

    public ObjectMetadata {
        Objects.requireNonNull(entries, "metadata");
        Map<String, String> copy = new TreeMap<>();
        int bytes = 0;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String name = Objects.requireNonNull(entry.getKey(), "metadata name");
            String value = Objects.requireNonNull(entry.getValue(), () -> "value of metadata " + name);
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("metadata name must be 1-64 of a-z 0-9 - (starting with a letter"
                        + " or digit), got '" + name + "'");
            }
            if (!VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("value of metadata " + name + " must be printable ASCII without"
                        + " leading or trailing spaces");
            }
            bytes += name.getBytes(StandardCharsets.US_ASCII).length + value.getBytes(StandardCharsets.US_ASCII).length;
            copy.put(name, value);
        }
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("metadata must be at most " + MAX_BYTES + " bytes of names and values,"
                    + " got " + bytes);
        }
        entries = Collections.unmodifiableMap(copy);
    }

    /** Metadata from a map of names to values. */
    public static ObjectMetadata of(Map<String, String> entries) {
        return new ObjectMetadata(entries);
    }

    /** The value of one name, if present. */
    public Optional<String> value(String name) {
        return Optional.ofNullable(entries.get(name));
    }
}

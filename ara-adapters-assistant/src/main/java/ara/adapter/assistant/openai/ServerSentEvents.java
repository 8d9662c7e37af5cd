package ara.adapter.assistant.openai;

import java.util.Optional;

/**
 * Reads a server-sent event stream line by line (WHATWG rules: {@code data:} lines accumulate, a blank line
 * dispatches, {@code :} lines are comments, other fields are ignored). Used by one reading thread.
 */
final class ServerSentEvents {
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;

    /** Feeds one line (without its line break); returns an event's data when the line completes one. */
    Optional<String> line(String line) {
        if (line.isEmpty()) {
            if (!hasData) {
                return Optional.empty();
            }
            String event = data.toString();
            data.setLength(0);
            hasData = false;
            return Optional.of(event);
        }
        if (line.startsWith(":")) {
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        if ("data".equals(field)) {
            if (hasData) {
                data.append('\n');
            }
            data.append(value);
            hasData = true;
        }
        return Optional.empty();
    }

    /** The data of an event cut short by the end of the stream, if any. */
    Optional<String> end() {
        return line("");
    }
}

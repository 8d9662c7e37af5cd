package ara.application.port.out.notification;

import ara.domain.identity.EmailAddress;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One rendered message to one recipient: a plain-text and an HTML part with the same content, and the extra header
 * fields it carries (such as the RFC 8058 one-click unsubscribe pair). The sender is the channel's. Immutable.
 *
 * @param id      stable for this message: a retried message keeps it, and the channel derives the
 *                {@code Message-ID} from it (receivers and files de-duplicate on it)
 * @param to      the recipient's address
 * @param toName  the recipient's name as shown by mail programs, or empty
 * @param subject one line
 * @param text    the plain-text part
 * @param html    the HTML part (a whole document; values in it escaped by whoever rendered it)
 * @param headers extra header fields in order, by name; never one the channel sets itself (From, To, Subject, Date,
 *                Message-ID, MIME-Version, Content-*)
 */
public record MailMessage(UUID id, EmailAddress to, String toName, String subject, String text, String html,
                          Map<String, String> headers) {
    /** The header naming how to opt out (RFC 2369), here the one-click URL of RFC 8058. */
    public static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    /** The header telling mail programs that one POST to the unsubscribe URL is enough (RFC 8058). */
    public static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    /** The only value {@value #LIST_UNSUBSCRIBE_POST} may carry. */
    public static final String ONE_CLICK = "List-Unsubscribe=One-Click";
    /** The longest subject: mail programs cut long ones anyway. */
    public static final int MAX_SUBJECT = 200;

    private static final Set<String> CHANNEL_HEADERS = Set.of("from", "sender", "reply-to", "to", "cc", "bcc",
            "subject", "date", "message-id", "mime-version", "return-path");

    public MailMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(to, "to");
        toName = oneLine("toName", toName, 200);
        subject = oneLine("subject", subject, MAX_SUBJECT);
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        requireText("text", text);
        requireText("html", html);
        Objects.requireNonNull(headers, "headers");
        Map<String, String> checked = new LinkedHashMap<>();
        headers.forEach((name, value) -> checked.put(headerName(name), oneLine("headers." + name, value, 998)));
        headers = Collections.unmodifiableMap(checked);
    }

    /**
     * The RFC 8058 one-click opt-out pair: {@code List-Unsubscribe: <url>} and
     * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}. The URL must be https (mail programs POST to it).
     */
    public static Map<String, String> oneClickUnsubscribe(URI url) {
        Objects.requireNonNull(url, "unsubscribe");
        if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("unsubscribe must be an https URL with a host");
        }
        Map<String, String> pair = new LinkedHashMap<>();
        pair.put(LIST_UNSUBSCRIBE, "<" + url.toASCIIString() + ">");
        pair.put(LIST_UNSUBSCRIBE_POST, ONE_CLICK);
        return pair;
    }

    private static String headerName(String name) {
        Objects.requireNonNull(name, "header name");
        boolean printable = !name.isEmpty() && name.chars().allMatch(c -> c > 32 && c < 127 && c != ':');
        if (!printable) {
            throw new IllegalArgumentException("headers: a name must be printable ASCII without spaces or colons");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (CHANNEL_HEADERS.contains(lower) || lower.startsWith("content-")) {
            throw new IllegalArgumentException("headers: " + name + " is set by the mail channel, not the message");
        }
        return name;
    }

    private static String oneLine(String field, String value, int max) {
        Objects.requireNonNull(value, field);
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " must have at most " + max + " characters");
        }
        if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
            throw new IllegalArgumentException(field + " must be one line");
        }
        return value;
    }

    private static void requireText(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}

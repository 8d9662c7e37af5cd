package ara.application.port.out.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * Outbound port: what the mail channel remembers. The messages sent (one record per outbox event, so a redelivered
 * event is not mailed twice) and the recipients who must not be mailed (unsubscribed, or whose address bounced),
 * each kept as a keyed hash of the address ({@link RecipientKey}), never the address. Implementations are thread-safe;
 * every method is atomic.
 */
public interface MailRecords {

    /** Whether a message for this event was sent. */
    boolean wasSent(UUID event);

    /**
     * Records that the message for {@code event} was sent.
     *
     * @param kind what was sent ({@code resume}, {@code report})
     * @return false when a record for the event existed (nothing changes)
     */
    boolean recordSent(UUID event, String kind, Instant at);

    /** Whether the recipient unsubscribed or bounced. */
    boolean isSuppressed(RecipientKey recipient);

    /**
     * Stops mail to the recipient. An unsubscription replaces a bounce (so that it outlives the bounce's retention);
     * otherwise an existing suppression keeps its reason and time.
     */
    void suppress(RecipientKey recipient, Suppression reason, Instant at);

    /**
     * Removes sent-message records and bounce suppressions made before {@code cutoff} (unsubscriptions stay: an
     * opt-out is not undone by time).
     *
     * @return how many records were removed
     */
    int deleteBefore(Instant cutoff);

    /** Why a recipient gets no mail. */
    enum Suppression {
        /** The recipient opted out (one click, RFC 8058). */
        UNSUBSCRIBED,
        /** The recipient's server refused the address for good. */
        BOUNCED;

        /** The lower-case word the store keeps. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

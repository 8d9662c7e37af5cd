package ara.adapter.memory;

import ara.application.port.out.notification.MailRecords;
import ara.application.port.out.notification.RecipientKey;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Persistence adapter: the mail channel's sent-message and suppression records in memory. Thread-safe. */
public final class InMemoryMailRecords implements MailRecords {
    private record Suppressed(Suppression reason, Instant at) {
    }

    private final Map<UUID, Instant> sent = new ConcurrentHashMap<>();
    private final Map<RecipientKey, Suppressed> suppressed = new ConcurrentHashMap<>();

    @Override
    public boolean wasSent(UUID event) {
        return sent.containsKey(Objects.requireNonNull(event, "event"));
    }

    @Override
    public boolean recordSent(UUID event, String kind, Instant at) {
        Objects.requireNonNull(kind, "kind");
        return sent.putIfAbsent(Objects.requireNonNull(event, "event"), Objects.requireNonNull(at, "at")) == null;
    }

    @Override
    public boolean isSuppressed(RecipientKey recipient) {
        return suppressed.containsKey(Objects.requireNonNull(recipient, "recipient"));
    }

    @Override
    public void suppress(RecipientKey recipient, Suppression reason, Instant at) {
        Suppressed given = new Suppressed(Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(at, "at"));
        suppressed.merge(Objects.requireNonNull(recipient, "recipient"), given, (known, next) ->
                known.reason() == Suppression.BOUNCED && next.reason() == Suppression.UNSUBSCRIBED ? next : known);
    }

    @Override
    public int deleteBefore(Instant cutoff) {
        int before = sent.size() + suppressed.size();
        sent.values().removeIf(at -> at.isBefore(cutoff));
        suppressed.values().removeIf(entry -> entry.reason() == Suppression.BOUNCED && entry.at().isBefore(cutoff));
        return before - sent.size() - suppressed.size();
    }
}

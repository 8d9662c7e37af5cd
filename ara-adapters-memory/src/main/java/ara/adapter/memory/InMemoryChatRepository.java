package ara.adapter.memory;

import ara.application.port.out.chat.ChatRepository;
import ara.domain.audit.AuditId;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatMessageId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Persistence adapter: chat messages in this process (the in-memory database mode). Thread-safe (one lock). */
public final class InMemoryChatRepository implements ChatRepository {
    private final Map<AuditId, List<ChatMessage>> byAudit = new HashMap<>();
    private final Map<ChatMessageId, AuditId> ids = new HashMap<>();

    @Override
    public synchronized ChatMessage append(ChatMessage message) {
        if (ids.containsKey(message.id())) {
            throw new IllegalStateException("chat message " + message.id() + " exists");
        }
        ChatMessage stored = new ChatMessage(message.id(), message.audit(), message.role(), message.content(),
                message.step(), message.source(), message.suggestions(),
                message.createdAt().truncatedTo(ChronoUnit.MICROS), message.embedding());
        ids.put(stored.id(), stored.audit());
        byAudit.computeIfAbsent(stored.audit(), audit -> new ArrayList<>()).add(stored);
        return stored;
    }

    @Override
    public synchronized List<ChatMessage> page(AuditId audit, Instant before, int limit) {
        List<ChatMessage> all = byAudit.getOrDefault(audit, List.of());
        List<ChatMessage> page = new ArrayList<>();
        // Insertion order breaks ties of createdAt, newest first: walk backwards, stable-sorted by time.
        List<ChatMessage> newestFirst = new ArrayList<>(all.reversed());
        newestFirst.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
        for (ChatMessage message : newestFirst) {
            if (page.size() >= limit) {
                break;
            }
            if (before == null || message.createdAt().isBefore(before)) {
                page.add(message);
            }
        }
        return page;
    }

    @Override
    public synchronized long count(AuditId audit) {
        return byAudit.getOrDefault(audit, List.of()).size();
    }

    @Override
    public synchronized int deleteAudit(AuditId audit) {
        List<ChatMessage> removed = byAudit.remove(audit);
        if (removed == null) {
            return 0;
        }
        removed.forEach(message -> ids.remove(message.id()));
        return removed.size();
    }
}

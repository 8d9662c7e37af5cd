package ara.bootstrap;

import ara.adapter.memory.InMemoryAuditRepository;
import ara.adapter.memory.InMemoryChatRepository;
import ara.adapter.memory.InMemoryEventOutbox;

/**
 * The in-memory database mode's audits and chat messages, linked the way the database links them: an audit the guest
 * clean-up deletes takes its chat messages along (the database's {@code ON DELETE CASCADE}), and each stored change
 * appends its events to the outbox in the same step (the database's transaction). Thread-safe.
 */
record MemoryStore(InMemoryAuditRepository audits, InMemoryChatRepository chats, InMemoryEventOutbox outbox) {

    static MemoryStore open() {
        InMemoryChatRepository chats = new InMemoryChatRepository();
        InMemoryEventOutbox outbox = new InMemoryEventOutbox();
        return new MemoryStore(new InMemoryAuditRepository(chats, outbox), chats, outbox);
    }
}

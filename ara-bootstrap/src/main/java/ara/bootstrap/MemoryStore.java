package ara.bootstrap;

import ara.adapter.memory.InMemoryAuditRepository;
import ara.adapter.memory.InMemoryChatRepository;

/**
 * The in-memory database mode's audits and chat messages, linked the way the database links them: an audit the guest
 * clean-up deletes takes its chat messages along (the database's {@code ON DELETE CASCADE}). Thread-safe.
 */
record MemoryStore(InMemoryAuditRepository audits, InMemoryChatRepository chats) {

    static MemoryStore open() {
        InMemoryChatRepository chats = new InMemoryChatRepository();
        return new MemoryStore(new InMemoryAuditRepository(chats), chats);
    }
}

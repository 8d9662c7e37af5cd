package ara.bootstrap;

import ara.adapter.memory.InMemoryAuditLog;
import ara.adapter.memory.InMemoryMaintenanceLease;
import ara.adapter.memory.InMemoryReportRepository;
import ara.adapter.memory.InMemoryUploadRegistry;
import ara.adapter.storage.local.LocalObjectStorage;
import ara.adapter.storage.local.LocalStorageSettings;
import ara.application.port.in.admin.CleanUpCommand;
import ara.application.service.admin.CleanUpGuestsService;
import ara.contract.AuditSamples;
import ara.contract.MovableClock;
import ara.domain.audit.Audit;
import ara.domain.audit.GuestRetention;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatMessageId;
import ara.domain.chat.ChatRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory database mode's store as the composition root builds it: the guest clean-up takes chats along. */
class MemoryStoreTest {
    @TempDir
    Path objects;

    @Test
    void theGuestCleanUpDeletesTheChatMessagesOfTheAuditsItDeletes() {
        MemoryStore store = MemoryStore.open();
        MovableClock clock = new MovableClock(AuditSamples.T0);
        Audit expired = store.audits().create(AuditSamples.guestDraft(AuditSamples.newGuestToken(), AuditSamples.T0));
        Audit kept = store.audits().create(AuditSamples.draft(AuditSamples.newOwner(), AuditSamples.T0));
        store.chats().append(message(expired));
        store.chats().append(message(expired));
        store.chats().append(message(kept));
        InMemoryReportRepository reports = new InMemoryReportRepository();
        CleanUpGuestsService cleanUp = new CleanUpGuestsService(store.audits(), GuestRetention.DEFAULT, reports,
                new InMemoryUploadRegistry(), new LocalObjectStorage(new LocalStorageSettings(objects,
                URI.create("http://localhost:7070"), new byte[32]), clock), new InMemoryMaintenanceLease(), "test",
                new InMemoryAuditLog(), clock);

        clock.set(AuditSamples.T0.plus(Duration.ofDays(30)));
        assertThat(cleanUp.cleanUp(new CleanUpCommand(false, "test")).ids()).containsExactly(expired.id().toString());

        assertThat(store.chats().count(expired.id())).isZero();
        assertThat(store.chats().count(kept.id())).as("a user audit and its chat stay").isEqualTo(1);
    }

    private static ChatMessage message(Audit audit) {
        return new ChatMessage(new ChatMessageId(UUID.randomUUID()), audit.id(), ChatRole.USER, "hello", null, null,
                List.of(), AuditSamples.T0, null);
    }
}

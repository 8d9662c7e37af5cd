package ara.application.service.chat;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.port.in.chat.ChatHistoryView;
import ara.application.port.in.chat.ListChatMessagesQuery;
import ara.contract.AuditSamples;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatMessageId;
import ara.domain.chat.ChatRole;
import ara.domain.identity.Caller;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListChatMessagesServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StartedAudits audits = new StartedAudits(ports);
    private final ListChatMessagesService service = new ListChatMessagesService(ports.audits, ports.chats,
            ports.log, ports.clock);

    /** Stores messages "m0".."m{n-1}", a minute apart, and returns them oldest first. */
    private List<ChatMessage> messages(AuditId audit, int count) {
        for (int i = 0; i < count; i++) {
            ports.clock.advance(Duration.ofMinutes(1));
            ports.chats.append(new ChatMessage(new ChatMessageId(UUID.randomUUID()), audit, ChatRole.USER, "m" + i,
                    null, null, List.of(), ports.clock.instant(), null));
        }
        return ports.chats.page(audit, null, count).reversed();
    }

    private ChatHistoryView list(AuditId audit, Instant before, int limit, Caller caller) {
        return service.list(new ListChatMessagesQuery(audit, before, limit, caller));
    }

    @Test
    void pagesNewestFirstAndSaysWhetherOlderOnesExist() {
        AuditId audit = audits.startedBy(Callers.alice());
        List<ChatMessage> stored = messages(audit, 5);

        ChatHistoryView first = list(audit, null, 2, Callers.alice());
        ChatHistoryView rest = list(audit, first.messages().getLast().createdAt(), 3, Callers.alice());

        assertThat(first.messages()).extracting(ChatMessage::content).containsExactly("m4", "m3");
        assertThat(first.more()).isTrue();
        assertThat(rest.messages()).extracting(ChatMessage::content).containsExactly("m2", "m1", "m0");
        assertThat(rest.more()).isFalse();
        assertThat(stored).hasSize(5);
    }

    @Test
    void anAuditWithoutChatHasAnEmptyHistory() {
        ChatHistoryView view = list(audits.startedBy(Callers.alice()), null, 10, Callers.alice());

        assertThat(view.messages()).isEmpty();
        assertThat(view.more()).isFalse();
    }

    @Test
    void anAdminAndTheGuestHoldingTheTokenMayRead() {
        GuestDraft guest = audits.startedByGuest();
        AuditId guestAudit = guest.id();
        messages(guestAudit, 1);

        assertThat(list(guestAudit, null, 10, guest.caller()).messages())
                .hasSize(1);
        assertThat(list(guestAudit, null, 10, Callers.admin()).messages()).hasSize(1);
        assertThatThrownBy(() -> list(guestAudit, null, 10, Callers.guest(AuditSamples.newGuestToken())))
                .isInstanceOf(AuditNotFound.class);
    }

    @Test
    void aStrangerIsToldTheAuditDoesNotExistAndTheAttemptIsLogged() {
        AuditId audit = audits.startedBy(Callers.alice());
        messages(audit, 1);

        deniedAndLogged(ports.log, "user:bob", audit, () -> list(audit, null, 10, Callers.bob()))
                .isInstanceOf(AuditNotFound.class);
    }

    @Test
    void anAnonymousCallerMustAuthenticateBeforeAnyLookUp() {
        mustAuthenticate(ports.log, () -> list(AuditSamples.newId(), null, 10, Callers.anonymous()));
    }

    @Test
    void anUnknownAuditIsNotFound() {
        AuditId unknown = AuditSamples.newId();

        assertThatThrownBy(() -> list(unknown, null, 10, Callers.alice()))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.getMessage()).contains(
                        unknown.toString()));
    }
}

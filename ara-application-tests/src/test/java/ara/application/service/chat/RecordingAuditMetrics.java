package ara.application.service.chat;

import ara.application.port.out.metrics.AuditMetrics;
import ara.domain.chat.ChatSource;

import java.util.ArrayList;
import java.util.List;

/** Test double of the metrics port: remembers the chat messages counted, by source. Thread-safe. */
final class RecordingAuditMetrics implements AuditMetrics {
    private final List<ChatSource> chatMessages = new ArrayList<>();

    synchronized List<ChatSource> chatMessages() {
        return List.copyOf(chatMessages);
    }

    @Override
    public synchronized void chatMessage(ChatSource source) {
        chatMessages.add(source);
    }

    @Override
    public void auditStarted(boolean guest) {
    }

    @Override
    public void stepsCompleted(long count) {
    }

    @Override
    public void auditSubmitted() {
    }

    @Override
    public void reportGenerated(String template, String outcome) {
    }
}

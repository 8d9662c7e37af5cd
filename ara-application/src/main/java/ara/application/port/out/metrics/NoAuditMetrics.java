package ara.application.port.out.metrics;

import ara.domain.chat.ChatSource;

/** The metrics that count nowhere, behind {@link AuditMetrics#none()}. Stateless. */
enum NoAuditMetrics implements AuditMetrics {
    INSTANCE;

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

    @Override
    public void chatMessage(ChatSource source) {
    }
}

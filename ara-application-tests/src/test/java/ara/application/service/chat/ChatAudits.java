package ara.application.service.chat;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.audit.SaveAnswerCommand;
import ara.application.port.in.audit.StartAuditCommand;
import ara.application.port.in.audit.StartedAuditView;
import ara.application.service.audit.SaveAnswerService;
import ara.application.service.audit.StartAuditService;
import ara.domain.answer.AnswerValue;
import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;

import java.util.List;

/** Audits of the classic questionnaire for the chat tests, started and answered through the real services. */
final class ChatAudits {
    private final InMemoryPorts ports;
    private final StartAuditService start;
    private final SaveAnswerService save;

    ChatAudits(InMemoryPorts ports) {
        this.ports = ports;
        this.start = new StartAuditService(ports.catalog, ports.audits, ports.auditIds, ports.secrets, ports.log,
                ports.clock);
        this.save = new SaveAnswerService(ports.catalog, ports.audits, ports.log, ports.clock);
    }

    /** A new audit of alice's. */
    AuditId alices() {
        return start(Callers.alice()).audit().audit().id();
    }

    /** A new audit started by {@code caller} (a guest audit for anyone not signed in). */
    StartedAuditView start(Caller caller) {
        return start.start(new StartAuditCommand(null, "Acme", caller));
    }

    void answer(AuditId audit, String question, AnswerValue value) {
        save.save(new SaveAnswerCommand(audit, QuestionId.of(question), value, null, Callers.admin()));
    }

    /** Answers every question with its first option (or its minimum), so that no step is left open. */
    void answerAll(AuditId audit) {
        for (Question question : ports.catalog.current(ClasspathQuestionnaireCatalog.CLASSIC).orElseThrow().definition()
                .questions()) {
            answer(audit, question.id().value(), switch (question.type()) {
                case SINGLE_SELECT -> new AnswerValue.Choice(question.options().getFirst().id());
                case MULTI_SELECT -> new AnswerValue.Choices(List.of(question.options().getFirst().id()));
                default -> new AnswerValue.Number(question.minimum());
            });
        }
    }
}

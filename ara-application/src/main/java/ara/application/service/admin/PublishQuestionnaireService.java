package ara.application.service.admin;

import ara.application.port.in.admin.PublishQuestionnaireCommand;
import ara.application.port.in.admin.PublishQuestionnaireUseCase;
import ara.application.port.in.admin.QuestionnaireVersionView;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.port.out.questionnaire.QuestionnairePublisher;
import ara.application.port.out.questionnaire.QuestionnaireVersion;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Service: publishes a questionnaire version through the publisher (which validates it), then logs
 * {@code questionnaire.published}. Audits keep the version they were started on. Thread-safe.
 */
public final class PublishQuestionnaireService implements PublishQuestionnaireUseCase {
    private final QuestionnairePublisher publisher;
    private final QuestionnaireCatalog catalog;
    private final AuditLog log;
    private final Clock clock;

    public PublishQuestionnaireService(QuestionnairePublisher publisher, QuestionnaireCatalog catalog, AuditLog log,
                                       Clock clock) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public QuestionnaireVersionView publish(PublishQuestionnaireCommand command) {
        Objects.requireNonNull(command, "command");
        Instant now = clock.instant();
        QuestionnaireVersion published = publisher.publish(command.document(), command.actor(), now);
        log.record(new AuditEvent(now, command.actor(), "questionnaire.published",
                "questionnaire:" + published.id() + ":v" + published.version(), AuditEvent.SUCCESS, null, null));
        return QuestionnaireVersionViews.of(published, catalog);
    }
}

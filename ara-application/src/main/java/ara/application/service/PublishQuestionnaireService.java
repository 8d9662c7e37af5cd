package ara.application.service;

import ara.application.port.in.admin.PublishQuestionnaireCommand;
import ara.application.port.in.admin.PublishQuestionnaireUseCase;
import ara.application.port.in.admin.QuestionnaireVersionView;
import ara.application.port.out.AuditEvent;
import ara.application.port.out.AuditLog;
import ara.application.port.out.QuestionnaireCatalog;
import ara.application.port.out.QuestionnairePublisher;
import ara.application.port.out.QuestionnaireVersion;

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

package ara.adapter.web;

import ara.application.port.in.admin.CleanUpAuditLogUseCase;
import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanUpGuestsUseCase;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.in.admin.GetStatsUseCase;
import ara.application.port.in.admin.ListQuestionnaireVersionsUseCase;
import ara.application.port.in.admin.MaintenanceBusy;
import ara.application.port.in.admin.PublishQuestionnaireCommand;
import ara.application.port.in.admin.PublishQuestionnaireUseCase;
import ara.application.port.in.admin.QuestionnaireVersionView;
import ara.application.port.in.admin.StatsView;
import ara.application.port.out.questionnaire.QuestionnaireRejected;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Admin use cases for the web tests: record the commands, answer fixed figures, can pretend to be busy. */
final class FakeAdmin implements CleanUpGuestsUseCase, CleanUpAuditLogUseCase, GetStatsUseCase,
        PublishQuestionnaireUseCase, ListQuestionnaireVersionsUseCase {
    static final Instant RAN_AT = Instant.parse("2026-11-26T10:15:30Z");

    final List<CleanUpCommand> commands = new CopyOnWriteArrayList<>();
    final List<PublishQuestionnaireCommand> published = new CopyOnWriteArrayList<>();
    volatile boolean busy;

    WebAdmin asWebAdmin() {
        return new WebAdmin(this, command -> cleanUp(command, CleanUpAuditLogUseCase.JOB), this, this, this,
                command -> cleanUp(command, "report-cleanup"));
    }

    @Override
    public CleanupView cleanUp(CleanUpCommand command) {
        return cleanUp(command, CleanUpGuestsUseCase.JOB);
    }

    private CleanupView cleanUp(CleanUpCommand command, String job) {
        commands.add(command);
        if (busy) {
            throw new MaintenanceBusy(job);
        }
        List<String> ids = job.equals(CleanUpGuestsUseCase.JOB)
                ? List.of("00000000-0000-4000-8000-000000000001") : List.of();
        return new CleanupView(job, command.dryRun(), RAN_AT, ids.size(), 0, ids, false);
    }

    @Override
    public StatsView stats() {
        return new StatsView(Map.of("draft", 3L, "submitted", 1L, "scored", 0L, "report_ready", 0L, "archived", 0L),
                4, 0.25, 2, 1, Map.of("queued", 2L, "rendering", 1L, "stored", 0L, "ready", 5L, "failed", 0L,
                "cancelled", 0L), 3);
    }

    /** Publishes any document but one holding {@code "broken"}, as version 2 of classic. */
    @Override
    public QuestionnaireVersionView publish(PublishQuestionnaireCommand command) {
        if (new String(command.document(), StandardCharsets.UTF_8).contains("broken")) {
            throw new QuestionnaireRejected("steps[0].questions[1].weight", "the document: steps[0].questions[1]"
                    + ".weight: must be a number", null);
        }
        published.add(command);
        return new QuestionnaireVersionView("classic", 2, "Agent Readiness Audit", 16, true, Optional.of(RAN_AT),
                Optional.of(command.actor()));
    }

    @Override
    public List<QuestionnaireVersionView> versions() {
        return List.of(new QuestionnaireVersionView("classic", 1, "Agent Readiness Audit", 16, true, Optional.empty(),
                Optional.empty()));
    }
}

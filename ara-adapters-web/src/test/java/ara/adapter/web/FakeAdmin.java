package ara.adapter.web;

import ara.application.port.in.admin.CleanUpAuditLogUseCase;
import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanUpGuestsUseCase;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.in.admin.GetStatsUseCase;
import ara.application.port.in.admin.MaintenanceBusy;
import ara.application.port.in.admin.StatsView;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Admin use cases for the web tests: record the commands, answer fixed figures, can pretend to be busy. */
final class FakeAdmin implements CleanUpGuestsUseCase, CleanUpAuditLogUseCase, GetStatsUseCase {
    static final Instant RAN_AT = Instant.parse("2026-11-26T10:15:30Z");

    final List<CleanUpCommand> commands = new CopyOnWriteArrayList<>();
    volatile boolean busy;

    WebAdmin asWebAdmin() {
        return new WebAdmin(this, command -> cleanUp(command, CleanUpAuditLogUseCase.JOB), this);
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
        return new CleanupView(job, command.dryRun(), RAN_AT, ids.size(), ids, false);
    }

    @Override
    public StatsView stats() {
        return new StatsView(Map.of("draft", 3L, "submitted", 1L, "scored", 0L, "report_ready", 0L, "archived", 0L),
                4, 0.25, 2, 1);
    }
}

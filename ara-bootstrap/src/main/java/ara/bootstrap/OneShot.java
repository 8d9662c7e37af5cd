package ara.bootstrap;

import ara.adapter.persistence.jdbi.JdbiPersonalDataResealer;
import ara.adapter.persistence.jdbi.ResealReport;
import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.out.auditlog.AuditEvent;
import ara.bootstrap.config.AraSettings;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The operator commands that run once and exit ({@code migrate}, {@code guest-cleanup}, {@code reseal}), over the
 * same wiring as the server ({@link Stores}, {@link UseCases}) with nothing traced and no HTTP. Stateless.
 */
public final class OneShot {
    /** The actor the audit log records for the command line. */
    static final String CLI = "cli";
    /** The audit log's record of a reseal pass: the command line as actor, the current data key as target. */
    static final String RESEAL_ACTION = "maintenance.reseal";
    static final String RESEAL_INCOMPLETE = "incomplete";

    private OneShot() {
    }

    /** Opens the configured stores, which migrates the database, and closes them (the {@code migrate} command). */
    public static void migrate(AraSettings settings) {
        run(settings, Clock.systemUTC(), stores -> null);
    }

    /** One guest clean-up (the {@code guest-cleanup} command), dry or not. */
    public static CleanupView guestCleanup(AraSettings settings, Clock clock, boolean dryRun) {
        return run(settings, clock, stores -> new UseCases(settings, clock, stores, Instrumentation.off()
                .auditMetrics()).cleanUpGuests().cleanUp(new CleanUpCommand(dryRun, CLI)));
    }

    /**
     * One reseal pass over the configured database (the {@code reseal} command): every value sealed under a retired
     * data key is sealed again under the current one. Empty when audits live in memory (nothing is at rest).
     */
    public static Optional<ResealReport> reseal(AraSettings settings, boolean dryRun, int batchSize) {
        Clock clock = Clock.systemUTC();
        return run(settings, clock, stores -> stores.database().map(database -> {
            ResealReport report = new JdbiPersonalDataResealer(database, Identity.dataKeys(settings))
                    .reseal(dryRun, batchSize);
            if (!dryRun) {
                // A pass that rewrote personal data is an operator action the audit log keeps, as clean-ups are.
                stores.records().log().record(new AuditEvent(clock.instant(), CLI, RESEAL_ACTION,
                        "data-key:" + report.currentKeyId(), report.complete() ? AuditEvent.SUCCESS
                        : RESEAL_INCOMPLETE, null, null));
            }
            return report;
        }));
    }

    /** Runs {@code work} over the stores, then pushes what the progress cache must forget and closes them. */
    private static <T> T run(AraSettings settings, Clock clock, Function<Stores, T> work) {
        try (Stores stores = Stores.open(settings, clock, Instrumentation.off())) {
            // Links are never issued here; the local storage only needs an address to be complete.
            stores.objects().serverListensOn(settings.server().port());
            try {
                return work.apply(stores);
            } finally {
                stores.flushBeforeExit();
            }
        }
    }
}

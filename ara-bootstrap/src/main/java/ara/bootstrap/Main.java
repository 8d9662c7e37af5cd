package ara.bootstrap;

import ara.adapter.persistence.jdbi.DatabaseFailure;
import ara.application.port.out.StoreUnavailable;
import ara.bootstrap.cli.CheckConfigCommand;
import ara.bootstrap.cli.Commands;
import ara.bootstrap.cli.GuestCleanupCommand;
import ara.bootstrap.cli.ResealCommand;
import ara.bootstrap.cli.TokenCommand;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.bootstrap.config.InvalidConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Entry point of the launcher ({@code bin/ara [<command>]}): reads the configuration, then serves (the default) or
 * runs one operator command ({@link Commands}) and exits with its status.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        List<String> arguments = List.of(args);
        String command = Commands.command(arguments);
        List<String> options = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
        if (Commands.wantsHelp(arguments)) {
            System.exit(Commands.helpOnConsole());
            return;
        }
        if (!Commands.ALL.contains(command)) {
            System.exit(Commands.usageOnConsole("unknown command " + command));
            return;
        }
        if (command.equals(Commands.CHECK_CONFIG)) {
            System.exit(CheckConfigCommand.runOnConsole(options, ConfigSource.fromEnvironment(), Connectivity::of));
            return;
        }
        AraSettings settings;
        try {
            settings = AraSettings.from(ConfigSource.fromEnvironment());
        } catch (InvalidConfiguration e) {
            LOG.error("Configuration error: {}", e.getMessage());
            System.exit(Commands.USAGE);
            return;
        }
        settings.observability().logFormat().apply();
        if (!command.equals(Commands.SERVE)) {
            System.exit(runCommand(command, options, settings));
            return;
        }
        if (!options.isEmpty()) {
            System.exit(Commands.usageOnConsole("serve takes no options, got " + options.getFirst()));
            return;
        }
        serve(settings, started);
    }

    private static int runCommand(String command, List<String> options, AraSettings settings) {
        try {
            return switch (command) {
                case TokenCommand.NAME -> TokenCommand.runOnConsole(options, settings);
                case Commands.MIGRATE -> migrate(options, settings);
                case Commands.GUEST_CLEANUP -> GuestCleanupCommand.runOnConsole(options, dryRun ->
                        OneShot.guestCleanup(settings, Clock.systemUTC(), dryRun));
                case ResealCommand.NAME -> ResealCommand.runOnConsole(options, asked ->
                        OneShot.reseal(settings, asked.dryRun(), asked.batchSize()));
                default -> Commands.usageOnConsole("unknown command " + command);
            };
        } catch (InvalidConfiguration e) {
            LOG.error("Configuration error: {}", e.getMessage());
            return Commands.USAGE;
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.error("ara {}: {}", command, e.getMessage());
            return Commands.USAGE;
        } catch (DatabaseFailure | StoreUnavailable e) {
            LOG.error("ara {}: the database failed: {}", command, e.getMessage());
            return Commands.FAILED;
        }
    }

    private static int migrate(List<String> options, AraSettings settings) {
        if (!options.isEmpty()) {
            return Commands.usageOnConsole("migrate takes no options, got " + options.getFirst());
        }
        OneShot.migrate(settings);
        LOG.info("Database migrated ({})", Backend.of(settings).describe());
        return Commands.OK;
    }

    private static void serve(AraSettings settings, long started) {
        Application application;
        try {
            application = Application.start(settings, Clock.systemUTC());
        } catch (InvalidConfiguration e) {
            LOG.error("Configuration error: {}", e.getMessage());
            System.exit(Commands.USAGE);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "ara-shutdown"));
        LOG.info("ARA {} listening on port {} ({}; data in {}) — started in {} ms",
                Main.class.getModule().getDescriptor() == null ? "dev"
                        : Main.class.getModule().getDescriptor().rawVersion().orElse("dev"),
                application.port(), Backend.of(settings).describe(), settings.dataDir().toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
    }
}

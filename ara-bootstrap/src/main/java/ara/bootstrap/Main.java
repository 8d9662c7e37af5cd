package ara.bootstrap;

import ara.bootstrap.cli.TokenCommand;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.bootstrap.config.DatabaseSettings;
import ara.bootstrap.config.InvalidConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/** Entry point of the launcher ({@code bin/ara}): reads the configuration, starts ARA, stops it on SIGTERM. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    /** Exit status for a configuration error, so scripts can tell it from a crash. */
    private static final int BAD_CONFIGURATION = 2;

    private Main() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        AraSettings settings;
        try {
            settings = AraSettings.from(ConfigSource.fromEnvironment());
        } catch (InvalidConfiguration e) {
            LOG.error("Configuration error: {}", e.getMessage());
            System.exit(BAD_CONFIGURATION);
            return;
        }
        settings.observability().logFormat().apply();
        if (args.length > 0 && args[0].equals(TokenCommand.NAME)) {
            int status;
            try {
                status = TokenCommand.runOnConsole(List.of(args).subList(1, args.length), settings);
            } catch (IllegalArgumentException | IllegalStateException e) {
                LOG.error("ara token: {}", e.getMessage());
                status = BAD_CONFIGURATION;
            }
            System.exit(status);
            return;
        }
        Application application;
        try {
            application = Application.start(settings, Clock.systemUTC());
        } catch (InvalidConfiguration e) {
            LOG.error("Configuration error: {}", e.getMessage());
            System.exit(BAD_CONFIGURATION);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "ara-shutdown"));
        LOG.info("ARA {} listening on port {} ({}; data in {}) — started in {} ms",
                Main.class.getModule().getDescriptor() == null ? "dev"
                        : Main.class.getModule().getDescriptor().rawVersion().orElse("dev"),
                application.port(), describe(settings), settings.dataDir().toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String describe(AraSettings settings) {
        return switch (settings.database()) {
            case DatabaseSettings.InMemory ignored -> "audits in memory";
            case DatabaseSettings.Embedded ignored -> "embedded H2 database";
            case DatabaseSettings.External external -> "database " + external.jdbcUrl();
        };
    }
}

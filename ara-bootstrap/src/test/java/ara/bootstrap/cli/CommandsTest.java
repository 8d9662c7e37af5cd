package ara.bootstrap.cli;

import ara.application.port.in.admin.CleanupView;
import ara.application.port.in.admin.MaintenanceBusy;
import ara.bootstrap.config.ConfigSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator commands' parsing, output and exit statuses (the launcher runs them for real in LauncherSmokeIT). */
class CommandsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PrintStream out() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private PrintStream err() {
        return new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    @Test
    void guestCleanupPassesDryRunAndPrintsTheIds() {
        List<Boolean> asked = new ArrayList<>();
        int status = GuestCleanupCommand.run(List.of("--dry-run"), dryRun -> {
            asked.add(dryRun);
            return new CleanupView("guest-cleanup", dryRun, Instant.EPOCH, 2, 3, List.of("a", "b"), false);
        }, out(), err());

        assertThat(status).isZero();
        assertThat(asked).containsExactly(true);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("would delete 2 guest audits and 3 stored objects\na\nb\n");
    }

    @Test
    void guestCleanupRefusesUnknownOptionsAndReportsABusyCluster() {
        assertThat(GuestCleanupCommand.run(List.of("--force"), dryRun -> null, out(), err()))
                .isEqualTo(Commands.USAGE);
        assertThat(GuestCleanupCommand.run(List.of(), dryRun -> {
            throw new MaintenanceBusy("guest-cleanup");
        }, out(), err())).isEqualTo(Commands.BUSY);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--force").contains("another instance");
    }

    @Test
    void checkConfigNamesTheBadVariableWithStatusTwo() {
        int status = CheckConfigCommand.run(List.of(), ConfigSource.of(Map.of("ARA_PORT", "70000")),
                settings -> List.of(), out(), err());
        assertThat(status).isEqualTo(Commands.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ARA_PORT");
    }

    @Test
    void checkConfigFailsWithStatusOneWhenABackendIsDown() {
        int status = CheckConfigCommand.run(List.of(), ConfigSource.of(Map.of("ARA_DB_URL", "memory")),
                settings -> List.of(new CheckConfigCommand.Check("database", false, "refused")), out(), err());
        assertThat(status).isEqualTo(Commands.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("configuration: ok").contains("database: FAILED");
    }

    @Test
    void checkConfigListsEveryVariableWithItsSecrecy() {
        assertThat(CheckConfigCommand.run(List.of("--variables"), ConfigSource.of(Map.of()), settings -> List.of(),
                out(), err())).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).anyMatch(line -> line.startsWith("ARA_DB_PASSWORD\t") && line.contains("\tsecret\t"))
                .anyMatch(line -> line.startsWith("ARA_PORT\t7070\tplain\t"))
                .anyMatch(line -> line.startsWith("ARA_MAINTENANCE_INTERVAL_MINUTES\t60\t"));
        assertThat(lines).allMatch(line -> line.split("\t").length == 4);
    }

    @Test
    void theDefaultCommandIsServeAndHelpIsFoundAnywhere() {
        assertThat(Commands.command(List.of())).isEqualTo(Commands.SERVE);
        assertThat(Commands.command(List.of("migrate"))).isEqualTo(Commands.MIGRATE);
        assertThat(Commands.wantsHelp(List.of("guest-cleanup", "--help"))).isTrue();
        assertThat(Commands.wantsHelp(List.of("guest-cleanup", "--dry-run"))).isFalse();
    }
}

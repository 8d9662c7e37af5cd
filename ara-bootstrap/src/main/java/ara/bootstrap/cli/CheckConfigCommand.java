package ara.bootstrap.cli;

import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.bootstrap.config.InvalidConfiguration;
import ara.bootstrap.config.Variables;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;

/**
 * {@code bin/ara check-config [--variables]}: checks every setting, then connects to the configured backends;
 * exit status 0 when all is well, 2 for a bad setting, 1 for an unreachable backend. {@code --variables} prints the
 * variables ARA reads instead, one per line: name, tab, default, tab, {@code secret} or {@code plain}, tab, meaning.
 */
public final class CheckConfigCommand {
    public static final String VARIABLES = "--variables";

    /** The outcome of one connectivity check. */
    public record Check(String name, boolean ok, String detail) {
    }

    private CheckConfigCommand() {
    }

    public static int runOnConsole(List<String> args, ConfigSource source,
                                   Function<AraSettings, List<Check>> connectivity) {
        return run(args, source, connectivity, System.out, System.err);
    }

    public static int run(List<String> args, ConfigSource source, Function<AraSettings, List<Check>> connectivity,
                          PrintStream out, PrintStream err) {
        if (args.equals(List.of(VARIABLES))) {
            Variables.ALL.forEach(variable -> out.println(variable.name() + "\t" + variable.fallback() + "\t"
                    + (variable.secret() ? "secret" : "plain") + "\t" + variable.meaning()));
            return Commands.OK;
        }
        if (!args.isEmpty()) {
            err.println("ara check-config: unknown option " + args.getFirst());
            err.println("usage: bin/ara check-config [--variables]");
            return Commands.USAGE;
        }
        AraSettings settings;
        try {
            settings = AraSettings.from(source);
        } catch (InvalidConfiguration e) {
            err.println("ara check-config: " + e.getMessage());
            return Commands.USAGE;
        }
        out.println("configuration: ok");
        boolean allOk = true;
        for (Check check : connectivity.apply(settings)) {
            out.println(check.name() + ": " + (check.ok() ? "ok" : "FAILED") + " (" + check.detail() + ")");
            allOk &= check.ok();
        }
        return allOk ? Commands.OK : Commands.FAILED;
    }
}

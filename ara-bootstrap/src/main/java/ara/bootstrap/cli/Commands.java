package ara.bootstrap.cli;

import java.io.PrintStream;
import java.util.List;

/** The launcher's commands ({@code bin/ara <command>}), their exit statuses and the help text. Stateless. */
public final class Commands {
    public static final String SERVE = "serve";
    public static final String MIGRATE = "migrate";
    public static final String GUEST_CLEANUP = "guest-cleanup";
    public static final String CHECK_CONFIG = "check-config";
    /** Every command, {@link #SERVE} (the default) first. */
    public static final List<String> ALL = List.of(SERVE, MIGRATE, TokenCommand.NAME, GUEST_CLEANUP,
            ResealCommand.NAME, CHECK_CONFIG);

    public static final int OK = 0;
    /** A backend failed (unreachable database, failed migration, …). */
    public static final int FAILED = 1;
    /** Bad usage or a configuration error. */
    public static final int USAGE = 2;
    /** The clean-up runs on another instance right now. */
    public static final int BUSY = 3;
    /** {@code reseal}: values remain under a key other than the current one (run again, or add the missing key). */
    public static final int INCOMPLETE = 4;

    private Commands() {
    }

    /** Whether these arguments ask for help ({@code --help}, {@code -h}, {@code help}) anywhere. */
    public static boolean wantsHelp(List<String> args) {
        return args.stream().anyMatch(arg -> arg.equals("--help") || arg.equals("-h") || arg.equals("help"));
    }

    /** The command the arguments name: the first argument, {@link #SERVE} when there is none. */
    public static String command(List<String> args) {
        return args.isEmpty() ? SERVE : args.getFirst();
    }

    public static void printHelp(PrintStream out) {
        out.println("""
                usage: bin/ara [<command>] [options]

                commands:
                  serve                     start ARA (the default): migrate the database, serve HTTP, run the
                                            scheduled retention clean-ups
                  migrate                   apply pending database migrations and exit
                  token --subject <id> [--role <role>]... [--email <address>] [--lifetime 1h]
                                            print a bearer token signed with ARA's own secret
                  guest-cleanup [--dry-run] delete guest audits past retention (30 days untouched, 90 with an
                                            email); --dry-run only lists them
                  reseal [--dry-run] [--batch-size 500]
                                            after a data-key rotation, reseal every value sealed under a retired
                                            key with the current one; --dry-run only counts them
                  check-config [--variables]
                                            check the environment and connect to the database and Redis;
                                            --variables prints every variable ARA reads (name, default, secret)

                exit status: 0 ok, 1 a backend failed, 2 usage or configuration error, 3 running elsewhere,
                4 values remain under another data key (reseal)
                configuration: environment variables (see README.md, or check-config --variables)""");
    }

    /** Refuses unknown usage: prints the problem and the help on {@code err}. */
    public static int usage(PrintStream err, String problem) {
        err.println("ara: " + problem);
        printHelp(err);
        return USAGE;
    }

    /** Console output of {@link #usage}, for the launcher. */
    public static int usageOnConsole(String problem) {
        return usage(System.err, problem);
    }

    /** Console output of {@link #printHelp}, for the launcher. */
    public static int helpOnConsole() {
        printHelp(System.out);
        return OK;
    }
}

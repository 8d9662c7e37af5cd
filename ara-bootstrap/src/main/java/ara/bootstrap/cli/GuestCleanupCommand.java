package ara.bootstrap.cli;

import ara.application.port.in.admin.CleanupView;
import ara.application.port.in.admin.MaintenanceBusy;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;

/**
 * {@code bin/ara guest-cleanup [--dry-run]}: runs the guest clean-up once against the configured database and
 * prints a summary line, then one deleted (or deletable) audit id per line.
 */
public final class GuestCleanupCommand {
    public static final String DRY_RUN = "--dry-run";

    private GuestCleanupCommand() {
    }

    public static int runOnConsole(List<String> args, Function<Boolean, CleanupView> cleanUp) {
        return run(args, cleanUp, System.out, System.err);
    }

    /** @param cleanUp runs the clean-up, dry ({@code true}) or not */
    public static int run(List<String> args, Function<Boolean, CleanupView> cleanUp, PrintStream out,
                          PrintStream err) {
        boolean dryRun = false;
        for (String arg : args) {
            if (arg.equals(DRY_RUN)) {
                dryRun = true;
            } else {
                err.println("ara guest-cleanup: unknown option " + arg);
                err.println("usage: bin/ara guest-cleanup [--dry-run]");
                return Commands.USAGE;
            }
        }
        CleanupView view;
        try {
            view = cleanUp.apply(dryRun);
        } catch (MaintenanceBusy e) {
            err.println("ara guest-cleanup: " + e.getMessage() + "; try again later");
            return Commands.BUSY;
        }
        out.println((view.dryRun() ? "would delete " : "deleted ") + view.count() + " guest audits and "
                + view.objects() + " stored objects"
                + (view.more() ? " (more remain: run again)" : ""));
        view.ids().forEach(out::println);
        return Commands.OK;
    }
}

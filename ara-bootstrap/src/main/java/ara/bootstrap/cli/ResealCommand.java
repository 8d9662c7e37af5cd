package ara.bootstrap.cli;

import ara.adapter.persistence.jdbi.JdbiPersonalDataResealer;
import ara.adapter.persistence.jdbi.ResealReport;
import ara.adapter.persistence.jdbi.ResealedColumn;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code bin/ara reseal [--dry-run] [--batch-size N]}: after a data-key rotation, reseals every sealed value (and
 * keyed hash) of the configured database that is not under the current key ({@code ARA_DATA_KEY_ID}), so that the
 * retired keys can be removed. Prints one line per sealed column ({@code <table>.<column> resealed=… current=…
 * skipped=… unreadable=… remaining=…}), then a summary line; what needs the operator goes to standard error. Exit
 * status 0 when every value is under the current key, {@link Commands#INCOMPLETE} when some are not (run again, or
 * add the missing key it names).
 */
public final class ResealCommand {
    public static final String NAME = "reseal";
    public static final String DRY_RUN = "--dry-run";
    public static final String BATCH_SIZE = "--batch-size";
    private static final String USAGE = "usage: bin/ara reseal [--dry-run] [--batch-size 1.."
            + JdbiPersonalDataResealer.MAX_BATCH_SIZE + "]";

    /** What the command was asked to do. */
    public record Options(boolean dryRun, int batchSize) {
    }

    private ResealCommand() {
    }

    public static int runOnConsole(List<String> args, Function<Options, Optional<ResealReport>> reseal) {
        return run(args, reseal, System.out, System.err);
    }

    /** @param reseal runs one pass; empty when there is no database (audits in memory: nothing at rest) */
    public static int run(List<String> args, Function<Options, Optional<ResealReport>> reseal, PrintStream out,
                          PrintStream err) {
        boolean dryRun = false;
        int batchSize = JdbiPersonalDataResealer.DEFAULT_BATCH_SIZE;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(DRY_RUN)) {
                dryRun = true;
            } else if (arg.equals(BATCH_SIZE) && i + 1 < args.size()) {
                batchSize = batchSize(args.get(++i));
                if (batchSize < 1) {
                    return usage(err, BATCH_SIZE + " takes a whole number within 1.."
                            + JdbiPersonalDataResealer.MAX_BATCH_SIZE + ", got " + args.get(i));
                }
            } else {
                return usage(err, arg.equals(BATCH_SIZE) ? "missing value after " + arg : "unknown option " + arg);
            }
        }
        Optional<ResealReport> report = reseal.apply(new Options(dryRun, batchSize));
        if (report.isEmpty()) {
            out.println("nothing to reseal: ARA_DB_URL=memory keeps audits in memory only, nothing is stored at rest");
            return Commands.OK;
        }
        return print(report.get(), out, err);
    }

    private static int print(ResealReport report, PrintStream out, PrintStream err) {
        long resealed = 0;
        long remaining = 0;
        long unreadable = 0;
        for (ResealedColumn column : report.columns()) {
            out.println(column.name() + " resealed=" + column.resealed() + " current=" + column.current()
                    + " skipped=" + column.skipped() + " unreadable=" + column.unreadable()
                    + " remaining=" + column.remaining());
            explain(column, report.currentKeyId(), err);
            resealed += column.resealed();
            remaining += column.remaining();
            unreadable += column.unreadable();
        }
        String key = "key " + report.currentKeyId();
        if (report.dryRun()) {
            out.println("dry run: " + resealed + " values would be resealed under " + key + ", " + unreadable
                    + " cannot be opened; nothing was changed");
        } else if (report.complete()) {
            out.println("complete: every sealed value is under " + key + "; the retired keys can be removed");
        } else {
            out.println("incomplete: " + remaining + " values are not under " + key + "; see above, then run again");
        }
        return report.complete() ? Commands.OK : Commands.INCOMPLETE;
    }

    /** What the operator has to do about a column's leftovers. */
    private static void explain(ResealedColumn column, String currentKeyId, PrintStream err) {
        long missing = 0;
        for (var entry : column.missingKeys().entrySet()) {
            missing += entry.getValue();
            err.println("ara reseal: " + column.name() + ": " + entry.getValue() + " values are sealed under key "
                    + entry.getKey() + ", which the data key ring does not hold: add it to ARA_DATA_KEYS_RETIRED ("
                    + entry.getKey() + ":<base64>) and run again; they are left as they are");
        }
        if (column.unreadable() > missing) {
            err.println("ara reseal: " + column.name() + ": " + (column.unreadable() - missing) + " values cannot be"
                    + " opened (malformed or altered); they are left as they are");
        }
        if (column.skipped() > 0) {
            err.println("ara reseal: " + column.name() + ": " + column.skipped() + " values were changed by a"
                    + " running instance meanwhile and were left to it; run again (every instance must seal under "
                    + currentKeyId + ")");
        }
    }

    /** The batch size, or -1 when it is not a whole number within range. */
    private static int batchSize(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value >= 1 && value <= JdbiPersonalDataResealer.MAX_BATCH_SIZE ? value : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("ara reseal: " + problem);
        err.println(USAGE);
        return Commands.USAGE;
    }
}

package ara.bootstrap.e2e;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a browser test runs, is skipped or fails, decided from the environment and what the machine has. Locally a
 * test whose tools are missing (node, npm, Chromium, or the pinned packages npm could not install) is skipped,
 * saying which; under CI ({@code CI=true}, as GitHub Actions, GitLab and {@code .ci/run} set it) it fails instead, so
 * that a CI run cannot pass with the browser journey silently left out. Pure: the caller looks at the machine.
 */
final class BrowserRequirement {
    /** The variable CI services set; {@code true} (any case) or {@code 1} means "this is a CI run". */
    static final String CI = "CI";

    private BrowserRequirement() {
    }

    /** What becomes of the test. */
    enum Outcome {
        RUN, SKIP, FAIL
    }

    /** The outcome and, unless it is {@link Outcome#RUN}, the message that says why. */
    record Decision(Outcome outcome, String message) {
        Decision {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(message, "message");
        }

        /** Goes on when the test runs; otherwise skips (JUnit's abort) or fails the calling test with the message. */
        void enforce() {
            switch (outcome) {
                case RUN -> {
                }
                case SKIP -> Assumptions.abort(message);
                case FAIL -> Assertions.fail(message);
            }
        }
    }

    /** Whether {@code env} says this is a CI run. */
    static boolean onCi(Map<String, String> env) {
        String value = env.get(CI);
        return value != null && (value.trim().toLowerCase(Locale.ROOT).equals("true") || value.trim().equals("1"));
    }

    /**
     * @param env     the process environment (only {@value #CI} is read)
     * @param missing what the test needs and the machine lacks, each in words with how to get it; empty when the
     *                machine has everything
     * @param what    the test, in words ("the browser journey")
     */
    static Decision decide(Map<String, String> env, List<String> missing, String what) {
        if (missing.isEmpty()) {
            return new Decision(Outcome.RUN, "");
        }
        String lacking = String.join("; ", missing);
        if (onCi(env)) {
            return new Decision(Outcome.FAIL, "FAILED: CI=true and " + what + " cannot run: " + lacking
                    + ". A CI run must not skip it: install what is missing (.ci/run runs apt-get update, then"
                    + " apt-get install chromium, when Chromium is absent)");
        }
        return new Decision(Outcome.SKIP, "SKIPPED: " + what + " does not run: " + lacking
                + " (with CI=true this fails instead)");
    }
}

package ara.bootstrap.e2e;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The browser tests' decision to run, skip or fail, as a function of the environment and what is missing. */
class BrowserRequirementTest {
    private static final String JOURNEY = "the browser journey";
    private static final String NO_CHROMIUM = "no Chromium at /usr/bin/chromium (apt-get install chromium, or set"
            + " CHROMIUM)";

    @Test
    void runsWhenNothingIsMissingOnCiOrNot() {
        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("CI", "true"), Map.of("CI", "false"))) {
            BrowserRequirement.Decision decision = BrowserRequirement.decide(env, List.of(), JOURNEY);
            assertThat(decision.outcome()).as(env.toString()).isEqualTo(BrowserRequirement.Outcome.RUN);
            assertThatCode(decision::enforce).doesNotThrowAnyException();
        }
    }

    @Test
    void skipsLocallyNamingWhatIsMissing() {
        BrowserRequirement.Decision decision = BrowserRequirement.decide(Map.of("PATH", "/usr/bin"),
                List.of("node and npm are not on PATH", NO_CHROMIUM), JOURNEY);

        assertThat(decision.outcome()).isEqualTo(BrowserRequirement.Outcome.SKIP);
        assertThat(decision.message()).startsWith("SKIPPED: the browser journey does not run: ")
                .contains("node and npm are not on PATH; " + NO_CHROMIUM, "CI=true");
        assertThatThrownBy(decision::enforce).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining(NO_CHROMIUM);
    }

    @Test
    void failsOnCiNamingWhatIsMissingAndHowToGetIt() {
        for (String ci : List.of("true", "TRUE", " true ", "1")) {
            BrowserRequirement.Decision decision = BrowserRequirement.decide(Map.of("CI", ci), List.of(NO_CHROMIUM),
                    JOURNEY);

            assertThat(decision.outcome()).as(ci).isEqualTo(BrowserRequirement.Outcome.FAIL);
            assertThat(decision.message()).as(ci).startsWith("FAILED: CI=true and the browser journey cannot run: ")
                    .contains(NO_CHROMIUM, "must not skip", "apt-get update");
            assertThatThrownBy(decision::enforce).as(ci).isInstanceOf(AssertionFailedError.class)
                    .hasMessageContaining(NO_CHROMIUM);
        }
    }

    @Test
    void onlyTrueOrOneMeansCi() {
        assertThat(BrowserRequirement.onCi(Map.of())).isFalse();
        for (String notCi : List.of("", "false", "0", "no", "yes-ish")) {
            assertThat(BrowserRequirement.onCi(Map.of("CI", notCi))).as(notCi).isFalse();
            assertThat(BrowserRequirement.decide(Map.of("CI", notCi), List.of(NO_CHROMIUM), JOURNEY).outcome())
                    .as(notCi).isEqualTo(BrowserRequirement.Outcome.SKIP);
        }
        assertThat(BrowserRequirement.onCi(Map.of("CI", "True"))).isTrue();
        assertThat(BrowserRequirement.onCi(Map.of("CI", "1"))).isTrue();
    }
}

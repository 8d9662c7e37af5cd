package ara.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Graceful stop under load through the real launcher: eight writers autosave concurrently, ARA gets SIGTERM, and
 * every answer until the server stops listening must be {@code 200} or {@code 503} with {@code Retry-After} (the
 * README's promise while draining), never a {@code 500}; a refused or reset connection afterwards is no answer. After
 * a restart every acknowledged save is there. The figures go to {@code target/battery/drain-<backend>.txt}.
 */
class SigtermDrainIT {
    private static final int WRITERS = 8;

    @TempDir
    Path scratch;

    @Test
    void embeddedH2AnswersNoServerErrorWhileDraining() throws Exception {
        drainsWithoutServerErrors(AutosaveBurst.BackendUnderTest.H2);
    }

    @Test
    void mariaDbAnswersNoServerErrorWhileDraining() throws Exception {
        drainsWithoutServerErrors(AutosaveBurst.BackendUnderTest.MARIADB);
    }

    private void drainsWithoutServerErrors(AutosaveBurst.BackendUnderTest tested) throws Exception {
        String backend = tested.label();
        Map<String, String> environment = tested.environment();
        environment.put("ARA_SHUTDOWN_DRAIN_MS", "1500");
        Path data = scratch.resolve("data");
        Path log = AutosaveBurst.log("drain-" + backend);
        AutosaveBurst burst;
        try (LaunchedAra ara = LaunchedAra.start(data, environment, log)) {
            burst = AutosaveBurst.start(ara.base(), WRITERS);
            burst.write(ara.base());
            burst.awaitAcknowledged(10);
            long acknowledgedBefore = burst.acknowledged();
            ara.terminate();
            assertThat(burst.awaitWritersEnded()).as("the writers end when ARA stops listening").isTrue();
            assertThat(ara.awaitExit(Duration.ofSeconds(30))).as("ARA stops within 30 s of SIGTERM").isTrue();
            List<AutosaveBurst.Answer> answers = burst.answers();
            long unavailableWithoutRetryAfter = answers.stream()
                    .filter(answer -> answer.status() == 503 && !answer.retryAfter()).count();
            String figures = String.format("%s: SIGTERM after %d acknowledged saves; answers %s, 503 without"
                    + " Retry-After %d%n", backend, acknowledgedBefore, burst.histogram(),
                    unavailableWithoutRetryAfter);
            AutosaveBurst.report("drain-" + backend, figures);
            assertThat(burst.histogram().keySet()).as(figures).isSubsetOf(200, 503);
            assertThat(unavailableWithoutRetryAfter).as(figures).isZero();
            assertThat(burst.acknowledged()).as("saves went on while draining").isGreaterThan(acknowledgedBefore);
            assertThat(ara.log()).contains("ARA stopped").doesNotContain("Database is already closed");
        }
        try (LaunchedAra again = LaunchedAra.start(data, environment, log)) {
            AutosaveBurst.Check check = burst.verify(again.base());
            assertThat(check.lostVersions()).as("%s", check.losses()).isZero();
            assertThat(again.stop(Duration.ofSeconds(30))).isTrue();
        }
    }
}

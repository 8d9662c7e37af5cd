package ara.bootstrap;

import ara.contract.MariaDbServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash battery through the real launcher, for each persistent backend: eight guest audits autosaved concurrently,
 * {@code kill -9} of the process in the middle of the burst, a restart on the same data, and every acknowledged
 * save must be there (the audit's version at least the last one answered {@code 200}, with those answers); three
 * kills in a row. The figures go to {@code target/battery/crash-<backend>.txt}.
 */
class CrashRecoveryIT {
    private static final int WRITERS = 8;
    private static final int KILLS = 3;
    /** Saves each writer must have had acknowledged in a round before the kill may come. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 15;

    @TempDir
    Path scratch;

    @Test
    void embeddedH2KeepsEveryAcknowledgedSaveThroughKills() throws Exception {
        survivesKills("h2", Map.of());
    }

    @Test
    void mariaDbKeepsEveryAcknowledgedSaveThroughKills() throws Exception {
        MariaDbServer.Schema schema = MariaDbServer.freshSchema();
        survivesKills("mariadb", Map.of("ARA_DB_URL", schema.jdbcUrl(), "ARA_DB_USER", schema.user(),
                "ARA_DB_PASSWORD", schema.password() == null ? "" : schema.password()));
    }

    private void survivesKills(String backend, Map<String, String> backendVariables) throws Exception {
        Map<String, String> environment = new HashMap<>(AutosaveBurst.RAISED_LIMITS);
        environment.putAll(backendVariables);
        Path data = scratch.resolve("data");
        Path log = scratch.resolve("ara.log");
        StringBuilder figures = new StringBuilder();
        long lost = 0;
        LaunchedAra ara = LaunchedAra.start(data, environment, log);
        try {
            AutosaveBurst burst = AutosaveBurst.start(ara.base(), WRITERS);
            for (int kill = 1; kill <= KILLS; kill++) {
                burst.write(ara.base());
                burst.awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL);
                Thread.sleep(ThreadLocalRandom.current().nextInt(200));
                ara.kill();
                assertThat(burst.awaitWritersEnded()).as("the writers notice the kill").isTrue();
                ara = LaunchedAra.start(data, environment, log);
                AutosaveBurst.Check check = burst.verify(ara.base());
                lost += check.lostVersions();
                figures.append(String.format("%s kill %d: %d audits, %d acknowledged saves so far, %d lost versions"
                        + " %s%n", backend, kill, check.audits(), check.acknowledgedWrites(), check.lostVersions(),
                        check.losses()));
            }
            figures.append(String.format("%s: %d kills, %d acknowledged saves checked, %d lost; answers %s%n",
                    backend, KILLS, burst.acknowledged(), lost, burst.histogram()));
            AutosaveBurst.report("crash-" + backend, figures);
            assertThat(burst.histogram().keySet()).as("every save before a kill is answered 200").containsOnly(200);
            assertThat(lost).as("acknowledged versions lost:%n%s", figures).isZero();
            assertThat(ara.stop(Duration.ofSeconds(30))).as("ARA stops on SIGTERM").isTrue();
        } finally {
            ara.close();
        }
    }
}

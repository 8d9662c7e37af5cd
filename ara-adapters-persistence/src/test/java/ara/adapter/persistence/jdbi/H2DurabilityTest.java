package ara.adapter.persistence.jdbi;

import ara.contract.AuditSamples;
import ara.domain.audit.Audit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static ara.contract.AuditAssertions.assertSameAudit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database's write mode: a commit is in the file when it returns, so that what a killed process leaves
 * behind (the file as it is at that moment) holds every acknowledged save. The kill itself is tried through the real
 * launcher by {@code CrashRecoveryIT}.
 */
class H2DurabilityTest {

    @Test
    void aCommittedSaveIsInTheFileWhenTheCommitReturns(@TempDir Path dataDir, @TempDir Path crashCopy)
            throws IOException {
        Audit saved;
        try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
            JdbiAuditRepository audits = Repositories.audits(database);
            Audit draft = AuditSamples.draft(AuditSamples.newOwner(), AuditSamples.T0);
            audits.create(draft);
            saved = audits.update(draft.id(), a -> a.answerAll(AuditSamples.scheme(), AuditSamples.validAnswers(),
                    AuditSamples.T0.plusSeconds(1)));
            // The file as a kill -9 right now would leave it: copied while the database is still open.
            Files.copy(dataDir.resolve("ara.mv.db"), crashCopy.resolve("ara.mv.db"));
        }

        try (Database recovered = Database.open(DatabaseSettings.embedded(crashCopy))) {
            assertSameAudit(Repositories.audits(recovered).find(saved.id()).orElseThrow(), saved);
        }
    }

    @Test
    void theDatabaseWritesEveryCommitAndLeavesClosingToTheApplication(@TempDir Path dataDir) {
        try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
            String writeDelay = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT setting_value FROM information_schema.settings WHERE setting_name = 'WRITE_DELAY'")
                    .mapTo(String.class).one());

            assertThat(writeDelay).isEqualTo("0");
            assertThat(DatabaseSettings.embedded(dataDir).jdbcUrl()).contains(";DB_CLOSE_ON_EXIT=FALSE");
        }
    }
}

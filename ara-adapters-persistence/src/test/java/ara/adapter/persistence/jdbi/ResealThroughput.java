package ara.adapter.persistence.jdbi;

import ara.atrest.seal.DataKey;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.Emails;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;
import ara.contract.MariaDbServer;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement, not part of the suite (the name matches no surefire pattern): reseals 20,000 users (email and
 * hash) and 20,000 chat messages on MariaDB and prints rows per second (docs/benchmarks.md). Run it with
 * {@code ./mvnw -q -pl ara-adapters-persistence -am verify -Dtest=ResealThroughput -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ResealThroughput {
    private static final int ROWS = 20_000;

    @Test
    void resealsTwentyThousandRowsPerTable() {
        SecureRandom random = new SecureRandom();
        DataKey k1 = DataKey.generate("k1", random);
        DataKeyRing old = DataKeyRing.of(k1);
        DataKeyRing rotated = DataKeyRing.of(DataKey.generate("k2", random), List.of(k1));
        for (int batch : List.of(100, 500, 2000, 500)) {
            try (Database database = Database.open(
                    MariaDbAuditRepositoryTest.settings(MariaDbServer.freshSchema()))) {
                seed(database, old);
                JdbiPersonalDataResealer resealer = new JdbiPersonalDataResealer(database, rotated);
                long dryStart = System.nanoTime();
                resealer.reseal(true, batch);
                double dry = (System.nanoTime() - dryStart) / 1e9;
                long start = System.nanoTime();
                ResealReport report = resealer.reseal(false, batch);
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(report.complete()).isTrue();
                long resealed = report.columns().stream().mapToLong(ResealedColumn::resealed).sum();
                assertThat(resealed).isEqualTo(2L * ROWS);
                long again = System.nanoTime();
                resealer.reseal(false, batch);
                System.err.printf("batch %d: %d values resealed in %.2f s = %.0f values/s; dry run %.2f s;"
                                + " second pass (nothing to do) %.2f s%n", batch, resealed, seconds,
                        resealed / seconds, dry, (System.nanoTime() - again) / 1e9);
            }
        }
    }

    private static void seed(Database database, DataKeyRing keys) {
        PersonalDataCipher cipher = new PersonalDataCipher(keys);
        KeyedHash hash = new KeyedHash(keys);
        String audit = UUID.randomUUID().toString();
        database.jdbi().useTransaction(handle -> {
            handle.createUpdate("INSERT INTO audits (id, questionnaire_id, questionnaire_version, scoring_version,"
                    + " status, version, created_at, updated_at) VALUES (:id, 'classic', 1, 1, 'draft', 1,"
                    + " '2026-01-01 00:00:00', '2026-01-01 00:00:00')").bind("id", audit).execute();
            PreparedBatch users = handle.prepareBatch("INSERT INTO users (id, subject, email_sealed, email_hash,"
                    + " created_at, last_seen_at) VALUES (:id, :subject, :sealed, :hash, '2026-01-01 00:00:00',"
                    + " '2026-01-01 00:00:00')");
            PreparedBatch messages = handle.prepareBatch("INSERT INTO chat_messages (id, audit_id, role, content_sealed,"
                    + " created_at) VALUES (:id, :audit, 'user', :sealed, '2026-01-01 00:00:00')");
            for (int i = 0; i < ROWS; i++) {
                String email = "user" + i + "@example.org";
                users.bind("id", UUID.randomUUID().toString()).bind("subject", ("s" + i).getBytes())
                        .bind("sealed", cipher.seal(email)).bind("hash", hash.hash(Emails.normalise(email))).add();
                messages.bind("id", UUID.randomUUID().toString()).bind("audit", audit)
                        .bind("sealed", cipher.seal("How do we start with agents? Message number " + i)).add();
            }
            users.execute();
            messages.execute();
        });
    }
}

package ara.adapter.persistence.jdbi;

import ara.domain.audit.OwnerId;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.UserIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Users are created on first sight and updated on later sightings, one row per subject. */
class JdbiUserRepositoryTest {
    @TempDir
    static Path dataDir;

    @Test
    void createsOneRowPerSubjectAndUpdatesItsLastSighting() {
        try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
            JdbiUserRepository users = Repositories.users(database);
            Instant first = Instant.parse("2026-11-26T10:00:00Z");
            Instant later = first.plus(1, ChronoUnit.HOURS);

            users.recordSighting(new UserIdentity("alice", "alice@example.com", Set.of()), first);
            users.recordSighting(new UserIdentity("alice", "alice@new.example.com", Set.of("admin")), later);
            users.recordSighting(new UserIdentity("Alice", null, Set.of()), later);

            var rows = database.jdbi().withHandle(handle -> handle.createQuery(
                            "SELECT subject, created_at, last_seen_at, email_sealed FROM users ORDER BY created_at")
                    .map((rs, ctx) -> new String(rs.getBytes("subject"), StandardCharsets.UTF_8) + "|"
                            + rs.getString("created_at").startsWith("2026-11-26 10:00") + "|"
                            + rs.getString("last_seen_at").startsWith("2026-11-26 11:00") + "|"
                            + (rs.getString("email_sealed") != null))
                    .list());
            assertThat(rows).containsExactlyInAnyOrder("alice|true|true|true", "Alice|false|true|false");
        }
    }

    @Test
    void theEmailAUserWasLastSeenWithIsWhereTheirMailGoes() {
        try (Database database = Database.open(DatabaseSettings.embedded(dataDir.resolve("email")))) {
            JdbiUserRepository users = Repositories.users(database);
            Instant first = Instant.parse("2026-11-26T10:00:00Z");
            users.recordSighting(new UserIdentity("bob", "bob@example.com", Set.of()), first);
            users.recordSighting(new UserIdentity("bob", "bob@new.example.com", Set.of()), first.plusSeconds(60));
            users.recordSighting(new UserIdentity("carol", null, Set.of()), first);

            assertThat(users.emailOf(new OwnerId("bob"))).contains(new EmailAddress("bob@new.example.com"));
            assertThat(users.emailOf(new OwnerId("carol"))).isEmpty();
            assertThat(users.emailOf(new OwnerId("nobody"))).isEmpty();
        }
    }

    @Test
    void deletesTheRowOfOneSubjectOnly(@TempDir Path ownDir) {
        try (Database database = Database.open(DatabaseSettings.embedded(ownDir))) {
            JdbiUserRepository users = Repositories.users(database);
            Instant now = Instant.parse("2026-11-26T10:00:00Z");
            users.recordSighting(new UserIdentity("erased", "erased@example.com", Set.of()), now);
            users.recordSighting(new UserIdentity("Erased", null, Set.of()), now);

            assertThat(users.delete("erased")).isTrue();
            assertThat(users.delete("erased")).isFalse();

            var subjects = database.jdbi().withHandle(handle -> handle.createQuery("SELECT subject FROM users")
                    .map((rs, ctx) -> new String(rs.getBytes("subject"), StandardCharsets.UTF_8)).list());
            assertThat(subjects).contains("Erased").doesNotContain("erased");
        }
    }
}

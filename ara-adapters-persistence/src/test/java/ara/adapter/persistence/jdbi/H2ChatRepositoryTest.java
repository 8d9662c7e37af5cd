package ara.adapter.persistence.jdbi;

import ara.application.port.out.chat.ChatRepository;
import ara.contract.AuditSamples;
import ara.contract.ChatRepositoryContract;
import ara.domain.audit.AuditId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDBI chat repository on the embedded H2 database (MySQL mode) against the contract. */
class H2ChatRepositoryTest extends ChatRepositoryContract {
    @TempDir
    static Path dataDir;

    private static Database database;
    private static JdbiAuditRepository audits;
    private static JdbiChatRepository chats;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(DatabaseSettings.embedded(dataDir));
        audits = Repositories.audits(database);
        chats = Repositories.chats(database);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Override
    protected ChatRepository repository() {
        return chats;
    }

    @Override
    protected AuditId newAudit() {
        return ChatRepositories.storedAudit(audits);
    }

    @Test
    void storesTheContentSealedAndDeletesItWithTheAudit() {
        AuditId audit = newAudit();
        chats.append(ChatRepositories.userMessage(audit, "our cloud is " + AuditSamples.AWKWARD_TEXT));

        String stored = database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT content_sealed FROM chat_messages WHERE audit_id = :audit").bind("audit", audit.toString())
                .mapTo(String.class).one());
        assertThat(stored).doesNotContain("cloud");

        database.jdbi().useHandle(handle -> handle.createUpdate("DELETE FROM audits WHERE id = :audit")
                .bind("audit", audit.toString()).execute());
        assertThat(chats.count(audit)).isZero();
    }
}

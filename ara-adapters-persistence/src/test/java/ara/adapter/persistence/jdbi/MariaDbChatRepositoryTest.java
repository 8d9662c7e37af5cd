package ara.adapter.persistence.jdbi;

import ara.application.port.out.chat.ChatRepository;
import ara.contract.ChatRepositoryContract;
import ara.contract.MariaDbServer;
import ara.domain.audit.AuditId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDBI chat repository on a real MySQL-compatible server, in a schema of its own, against the contract. */
class MariaDbChatRepositoryTest extends ChatRepositoryContract {
    private static Database database;
    private static JdbiAuditRepository audits;
    private static JdbiChatRepository chats;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(MariaDbAuditRepositoryTest.settings(MariaDbServer.freshSchema()));
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
    void messagesGoWithTheirAudit() {
        AuditId audit = newAudit();
        chats.append(ChatRepositories.userMessage(audit, "our cloud"));

        database.jdbi().useHandle(handle -> handle.createUpdate("DELETE FROM audits WHERE id = :audit")
                .bind("audit", audit.toString()).execute());

        assertThat(chats.count(audit)).isZero();
    }
}

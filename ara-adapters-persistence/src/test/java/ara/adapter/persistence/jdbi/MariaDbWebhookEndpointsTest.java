package ara.adapter.persistence.jdbi;

import ara.application.port.out.webhook.WebhookEndpoints;
import ara.contract.MariaDbServer;
import ara.contract.WebhookEndpointsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JDBI webhook endpoints on a real MySQL-compatible server, in a schema of its own, against the contract. */
class MariaDbWebhookEndpointsTest extends WebhookEndpointsContract {
    private static Database database;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(MariaDbAuditRepositoryTest.settings(MariaDbServer.freshSchema()));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Override
    protected WebhookEndpoints endpoints() {
        return Repositories.webhookEndpoints(database);
    }
}

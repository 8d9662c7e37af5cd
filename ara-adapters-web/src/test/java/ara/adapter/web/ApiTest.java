package ara.adapter.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the API tests: one real server per test class, on a random port, over the real services
 * ({@link TestBackend}).
 */
abstract class ApiTest {
    static Api api;

    @BeforeAll
    static void startServer() {
        api = new Api();
    }

    @AfterAll
    static void stopServer() {
        api.close();
    }
}

package ara.adapter.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the API tests that change the backend's state (limits, storage health): a fresh server for every test.
 */
abstract class FreshApiTest {
    Api api;

    @BeforeEach
    void startServer() {
        api = new Api();
    }

    @AfterEach
    void stopServer() {
        api.close();
    }
}

package ara.application.port.out.idempotency;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredResponseTest {

    @Test
    void copiesHeadersAndBodyInAndOut() {
        Map<String, String> headers = new HashMap<>(Map.of("Location", "/api/audits/1"));
        byte[] body = {1, 2, 3};
        StoredResponse response = new StoredResponse(201, headers, body);
        headers.put("X-Later", "no");
        body[0] = 9;
        response.body()[1] = 9;

        assertThat(response.headers()).containsExactly(Map.entry("Location", "/api/audits/1"));
        assertThat(response.body()).containsExactly(1, 2, 3);
        assertThat(response).isEqualTo(new StoredResponse(201, Map.of("Location", "/api/audits/1"),
                new byte[] {1, 2, 3}));
    }

    @Test
    void boundsTheBodyAndChecksTheStatus() {
        assertThat(new StoredResponse(200, Map.of(), new byte[StoredResponse.MAX_BODY_BYTES]).body())
                .hasSize(StoredResponse.MAX_BODY_BYTES);
        assertThatThrownBy(() -> new StoredResponse(200, Map.of(), new byte[StoredResponse.MAX_BODY_BYTES + 1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("body");
        assertThatThrownBy(() -> new StoredResponse(600, Map.of(), new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    }

    @Test
    void keysAreBoundedAndNotBlank() {
        String longest = "k".repeat(IdempotencyKey.MAX_LENGTH);
        assertThat(new IdempotencyKey("scope", longest).key()).hasSize(255);
        assertThatThrownBy(() -> new IdempotencyKey("scope", longest + "k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotency key");
        assertThatThrownBy(() -> new IdempotencyKey(" ", "k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotency scope");
    }
}

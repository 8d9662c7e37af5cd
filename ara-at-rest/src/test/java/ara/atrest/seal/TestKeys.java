package ara.atrest.seal;

import java.security.SecureRandom;
import java.util.Base64;

/** Random data keys for tests. */
final class TestKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    static DataKey key(String id) {
        return DataKey.generate(id, RANDOM);
    }

    static DataKeyRing ring(String id) {
        return DataKeyRing.of(key(id));
    }

    static String base64Key() {
        byte[] key = new byte[DataKey.LENGTH];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}

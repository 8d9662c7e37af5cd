package ara.adapter.persistence.jdbi;

import ara.atrest.seal.DataKey;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;

import java.security.SecureRandom;

/** The JDBI repositories over one database, with a data key made for the test run (kept across restarts). */
final class Repositories {
    private static final DataKeyRing KEYS = DataKeyRing.of(DataKey.generate("test", new SecureRandom()));

    private Repositories() {
    }

    static JdbiAuditRepository audits(Database database) {
        return new JdbiAuditRepository(database, new PersonalDataCipher(KEYS), new KeyedHash(KEYS));
    }

    static JdbiChatRepository chats(Database database) {
        return new JdbiChatRepository(database, new PersonalDataCipher(KEYS));
    }

    static JdbiUserRepository users(Database database) {
        return new JdbiUserRepository(database, new PersonalDataCipher(KEYS), new KeyedHash(KEYS));
    }

    static JdbiWebhookEndpoints webhookEndpoints(Database database) {
        return new JdbiWebhookEndpoints(database, new PersonalDataCipher(KEYS));
    }
}

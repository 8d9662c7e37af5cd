package ara.benchmarks;

import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.JdbiAuditRepository;
import ara.atrest.seal.DataKey;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.identity.GuestToken;
import ara.domain.scoring.ScoringScheme;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * ARA's own audit repository over a benchmark's database, personal data sealed under a key made for the run, and
 * guest drafts started through it as ARA starts them (a random guest token, its hash stored).
 */
final class StoredAudits {
    private final SecureRandom random = new SecureRandom();
    private final DataKeyRing keys = DataKeyRing.of(DataKey.generate("bench", random));
    private final JdbiAuditRepository repository;

    StoredAudits(Database database) {
        this.repository = new JdbiAuditRepository(database, new PersonalDataCipher(keys), new KeyedHash(keys));
    }

    JdbiAuditRepository repository() {
        return repository;
    }

    /** The run's data key ring (for other adapters that seal, such as the webhook endpoints). */
    DataKeyRing keys() {
        return keys;
    }

    /** A new guest draft of {@code scheme}, stored (with its {@code audit.started} event). */
    Audit startGuest(ScoringScheme scheme, String organizationName, Instant now) {
        byte[] secret = new byte[GuestToken.RANDOM_BYTES];
        random.nextBytes(secret);
        return repository.create(Audit.startForGuest(new AuditId(UUID.randomUUID()), scheme, organizationName,
                GuestToken.fromRandomBytes(secret).hash(), now));
    }
}

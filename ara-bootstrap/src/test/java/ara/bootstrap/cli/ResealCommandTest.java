package ara.bootstrap.cli;

import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.DatabaseSettings;
import ara.adapter.persistence.jdbi.JdbiAuditLog;
import ara.adapter.persistence.jdbi.JdbiAuditRepository;
import ara.adapter.persistence.jdbi.JdbiChatRepository;
import ara.adapter.persistence.jdbi.JdbiUserRepository;
import ara.application.port.out.auditlog.AuditEvent;
import ara.atrest.seal.DataKey;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;
import ara.bootstrap.OneShot;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.contract.AuditSamples;
import ara.contract.MariaDbServer;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatMessageId;
import ara.domain.chat.ChatRole;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.UserIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/ara reseal} as the launcher runs it ({@link ResealCommand} over {@link OneShot#reseal}), on the
 * embedded H2 file database and on MariaDB, configured through the same variables as in production.
 */
class ResealCommandTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path dataDir;

    private final String k1 = base64Key();
    private final String k2 = base64Key();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void resealsEverythingUnderTheNewKeySoThatTheOldOneCanGo(String server) {
        Map<String, String> database = database(server);
        AuditId audit = seedUnderK1(database);

        assertThat(reseal(with(database, "ARA_DATA_KEY", k2, "ARA_DATA_KEY_ID", "k2", "ARA_DATA_KEYS_RETIRED",
                "k1:" + k1), "--dry-run")).isEqualTo(Commands.INCOMPLETE);
        assertThat(stdout()).contains("audits.guest_email_sealed resealed=1 current=0 skipped=0 unreadable=0"
                + " remaining=1").contains("dry run: 4 values would be resealed under key k2");

        int status = reseal(with(database, "ARA_DATA_KEY", k2, "ARA_DATA_KEY_ID", "k2", "ARA_DATA_KEYS_RETIRED",
                "k1:" + k1), "--batch-size", "1");

        assertThat(status).as(stderr()).isZero();
        assertThat(stdout().lines().toList()).containsExactly(
                "audits.guest_email_sealed resealed=1 current=0 skipped=0 unreadable=0 remaining=0",
                "users.email_sealed resealed=1 current=0 skipped=0 unreadable=0 remaining=0",
                "chat_messages.content_sealed resealed=2 current=0 skipped=0 unreadable=0 remaining=0",
                "chat_messages.suggestions_sealed resealed=0 current=0 skipped=0 unreadable=0 remaining=0",
                "webhook_endpoints.secret_sealed resealed=0 current=0 skipped=0 unreadable=0 remaining=0",
                "webhook_endpoints.previous_secret_sealed resealed=0 current=0 skipped=0 unreadable=0 remaining=0",
                "complete: every sealed value is under key k2; the retired keys can be removed");

        // The retired key removed: everything still reads, and the command finds nothing left to do.
        Map<String, String> onlyK2 = with(database, "ARA_DATA_KEY", k2, "ARA_DATA_KEY_ID", "k2");
        assertThat(reseal(onlyK2)).isZero();
        assertThat(stdout()).contains("audits.guest_email_sealed resealed=0 current=1 skipped=0 unreadable=0"
                + " remaining=0").contains("chat_messages.content_sealed resealed=0 current=2");
        DataKeyRing ring = DataKeyRing.fromBase64("k2", k2, Map.of());
        try (Database opened = Database.open(persistenceSettings(database))) {
            assertThat(new JdbiAuditRepository(opened, new PersonalDataCipher(ring), new KeyedHash(ring)).find(audit)
                    .orElseThrow().guestEmail()).contains(new EmailAddress("guest@example.org"));
            assertThat(new JdbiChatRepository(opened, new PersonalDataCipher(ring)).page(audit, null, 10))
                    .extracting(ChatMessage::content).containsExactlyInAnyOrder("first", "second");
            // The audit log keeps the two passes that ran (the dry run changed nothing and is not recorded).
            JdbiAuditLog log = new JdbiAuditLog(opened);
            assertThat(log.count("maintenance.reseal", AuditEvent.SUCCESS)).isEqualTo(2);
            assertThat(log.latest(1)).singleElement().satisfies(event -> {
                assertThat(event.actor()).isEqualTo("cli");
                assertThat(event.target()).isEqualTo("data-key:k2");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void aKeyMissingFromTheRingIsNamedAndTheStatusIsFour(String server) {
        Map<String, String> database = database(server);
        seedUnderK1(database);

        int status = reseal(with(database, "ARA_DATA_KEY", k2, "ARA_DATA_KEY_ID", "k2"));

        assertThat(status).isEqualTo(Commands.INCOMPLETE);
        assertThat(stdout()).contains("users.email_sealed resealed=0 current=0 skipped=0 unreadable=1 remaining=1")
                .contains("incomplete: 4 values are not under key k2");
        assertThat(stderr()).contains("users.email_sealed: 1 values are sealed under key k1, which the data key ring"
                + " does not hold: add it to ARA_DATA_KEYS_RETIRED (k1:<base64>)");
        try (Database opened = Database.open(persistenceSettings(database))) {
            assertThat(new JdbiAuditLog(opened).count("maintenance.reseal", "incomplete")).isOne();
        }
    }

    @Test
    void inMemoryThereIsNothingAtRest() {
        assertThat(reseal(Map.of("ARA_DB_URL", "memory", "ARA_DATA_DIR", dataDir.toString()))).isZero();
        assertThat(stdout()).startsWith("nothing to reseal: ARA_DB_URL=memory");
    }

    @Test
    void refusesBadOptionsWithStatusTwo() {
        Map<String, String> embedded = Map.of("ARA_DATA_DIR", dataDir.toString());
        assertThat(reseal(embedded, "--batch-size", "0")).isEqualTo(Commands.USAGE);
        assertThat(stderr()).contains("--batch-size takes a whole number within 1..10000, got 0");
        assertThat(reseal(embedded, "--batch-size")).isEqualTo(Commands.USAGE);
        assertThat(stderr()).contains("missing value after --batch-size");
        assertThat(reseal(embedded, "--dry-run", "--force")).isEqualTo(Commands.USAGE);
        assertThat(stderr()).contains("unknown option --force").contains("usage: bin/ara reseal");
        assertThat(stdout()).as("nothing ran").isEmpty();
    }

    /** Runs the command as {@code Main} does; stdout and stderr collect in {@link #out} and {@link #err}. */
    private int reseal(Map<String, String> variables, String... args) {
        out.reset();
        err.reset();
        AraSettings settings = AraSettings.from(ConfigSource.of(variables));
        return ResealCommand.run(List.of(args), options -> OneShot.reseal(settings, options.dryRun(),
                        options.batchSize()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A guest audit with an email, a user with an email and two chat messages, sealed under k1. */
    private AuditId seedUnderK1(Map<String, String> database) {
        DataKeyRing ring = DataKeyRing.fromBase64("k1", k1, Map.of());
        try (Database opened = Database.open(persistenceSettings(database))) {
            JdbiAuditRepository audits = new JdbiAuditRepository(opened, new PersonalDataCipher(ring),
                    new KeyedHash(ring));
            Audit audit = audits.create(AuditSamples.guestDraft(AuditSamples.newGuestToken(), AuditSamples.T0));
            audits.update(audit.id(), a -> a.withGuestEmail(new EmailAddress("guest@example.org"), AuditSamples.T0));
            new JdbiUserRepository(opened, new PersonalDataCipher(ring), new KeyedHash(ring)).recordSighting(
                    new UserIdentity("subject-" + UUID.randomUUID(), "user@example.org", Set.of()), Instant.now());
            JdbiChatRepository chats = new JdbiChatRepository(opened, new PersonalDataCipher(ring));
            for (String content : List.of("first", "second")) {
                chats.append(new ChatMessage(new ChatMessageId(UUID.randomUUID()), audit.id(), ChatRole.USER, content,
                        null, null, List.of(), AuditSamples.T0, null));
            }
            return audit.id();
        }
    }

    /** The variables that point ARA at a fresh database of this kind. */
    private Map<String, String> database(String server) {
        if (server.equals("h2")) {
            return Map.of("ARA_DATA_DIR", dataDir.toString());
        }
        MariaDbServer.Schema schema = MariaDbServer.freshSchema();
        return Map.of("ARA_DATA_DIR", dataDir.toString(), "ARA_DB_URL", schema.jdbcUrl(), "ARA_DB_USER",
                schema.user(), "ARA_DB_PASSWORD", schema.password() == null ? "" : schema.password());
    }

    private DatabaseSettings persistenceSettings(Map<String, String> database) {
        String url = database.get("ARA_DB_URL");
        return url == null ? DatabaseSettings.embedded(dataDir)
                : new DatabaseSettings(url, database.get("ARA_DB_USER"), database.get("ARA_DB_PASSWORD"), 2, 0,
                Duration.ofSeconds(30));
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> variables = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put(pairs[i], pairs[i + 1]);
        }
        return variables;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String base64Key() {
        byte[] key = new byte[DataKey.LENGTH];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}

package ara.adapter.persistence.jdbi;

import ara.atrest.seal.DataKey;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.Emails;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;
import ara.contract.AuditSamples;
import ara.domain.answer.AnswerValue;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatMessageId;
import ara.domain.chat.ChatRole;
import ara.domain.chat.ChatSource;
import ara.domain.chat.SuggestedAnswer;
import ara.domain.event.EventType;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.UserIdentity;
import ara.domain.questionnaire.QuestionId;
import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookEndpointId;
import ara.domain.webhook.WebhookSecret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The resealer on a real database (a subclass per server): rows sealed under k1, the ring rotated to k2 with k1
 * retired, then resealed; afterwards a ring holding only k2 reads everything back through the repositories.
 */
abstract class PersonalDataResealerContract {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String AUDITS = "audits.guest_email_sealed";
    private static final String USERS = "users.email_sealed";
    private static final String CONTENT = "chat_messages.content_sealed";
    private static final String SUGGESTIONS = "chat_messages.suggestions_sealed";
    private static final String SECRET = "webhook_endpoints.secret_sealed";
    private static final String PREVIOUS_SECRET = "webhook_endpoints.previous_secret_sealed";

    private final DataKey k1 = DataKey.generate("k1", RANDOM);
    private final DataKey k2 = DataKey.generate("k2", RANDOM);
    private final DataKeyRing beforeRotation = DataKeyRing.of(k1);
    private final DataKeyRing afterRotation = DataKeyRing.of(k2, List.of(k1));
    private final DataKeyRing onlyK2 = DataKeyRing.of(k2);
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private Database database;

    /** Settings of a database no other test uses. */
    protected abstract DatabaseSettings freshDatabase();

    @BeforeEach
    void openDatabase() {
        database = Database.open(freshDatabase());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void resealsEveryValueUnderTheCurrentKeySoThatTheRetiredKeyCanBeDropped() {
        Seeded seeded = seed(beforeRotation);
        Audit alreadyCurrent = guestAuditWithEmail(afterRotation, "Current." + run + "@Example.org");
        String currentEnvelope = envelopes().get(AUDITS + "/" + alreadyCurrent.id());
        assertThatThrownBy(() -> audits(onlyK2).find(seeded.audits().keySet().iterator().next()))
                .as("before the reseal a ring without k1 cannot read the audits").isInstanceOf(DatabaseFailure.class);

        ResealReport report = new JdbiPersonalDataResealer(database, afterRotation).reseal(false, 2);

        assertThat(report.complete()).isTrue();
        assertThat(report.currentKeyId()).isEqualTo("k2");
        assertThat(report.columns()).extracting(ResealedColumn::name, ResealedColumn::resealed,
                        ResealedColumn::current, ResealedColumn::skipped, ResealedColumn::unreadable,
                        ResealedColumn::remaining)
                .containsExactly(tuple(AUDITS, 3L, 1L, 0L, 0L, 0L), tuple(USERS, 3L, 0L, 0L, 0L, 0L),
                        tuple(CONTENT, 3L, 0L, 0L, 0L, 0L), tuple(SUGGESTIONS, 1L, 0L, 0L, 0L, 0L),
                        tuple(SECRET, 1L, 0L, 0L, 0L, 0L), tuple(PREVIOUS_SECRET, 1L, 0L, 0L, 0L, 0L));
        assertThat(envelopes()).hasSize(13).allSatisfy((column, envelope) -> assertThat(envelope)
                .as(column).startsWith("v1.k2."));
        assertThat(envelopes().get(AUDITS + "/" + alreadyCurrent.id())).as("a current row is not touched")
                .isEqualTo(currentEnvelope);
        readsEverythingBackWithOnlyK2(seeded);
    }

    private void readsEverythingBackWithOnlyK2(Seeded seeded) {
        KeyedHash hash = new KeyedHash(onlyK2);
        PersonalDataCipher cipher = new PersonalDataCipher(onlyK2);
        JdbiAuditRepository audits = audits(onlyK2);
        seeded.audits().forEach((id, email) -> {
            assertThat(audits.find(id).orElseThrow().guestEmail()).contains(new EmailAddress(email));
            assertThat(idsByHash("audits", "guest_email_hash", hash.candidates(Emails.normalise(email))))
                    .containsExactly(id.toString());
        });
        seeded.users().forEach((subject, email) -> {
            List<String> ids = idsByHash("users", "email_hash", hash.candidates(Emails.normalise(email)));
            assertThat(ids).as("the user found by the k2 hash of its email").hasSize(1);
            assertThat(cipher.open(envelopes().get(USERS + "/" + ids.getFirst()))).isEqualTo(email);
        });
        List<ChatMessage> messages = new JdbiChatRepository(database, cipher).page(seeded.chatAudit(), null, 10);
        assertThat(messages).extracting(ChatMessage::content).containsExactlyInAnyOrderElementsOf(
                seeded.messages().stream().map(ChatMessage::content).toList());
        assertThat(messages).flatExtracting(ChatMessage::suggestions).containsExactlyElementsOf(
                seeded.messages().stream().flatMap(message -> message.suggestions().stream()).toList());
        assertThat(new JdbiWebhookEndpoints(database, cipher).find(seeded.webhook().id())).contains(seeded.webhook());
    }

    @Test
    void aDryRunCountsAndChangesNothing() {
        seed(beforeRotation);
        Map<String, String> before = envelopesAndHashes();

        ResealReport report = new JdbiPersonalDataResealer(database, afterRotation).reseal(true, 2);

        assertThat(envelopesAndHashes()).isEqualTo(before);
        assertThat(report.dryRun()).isTrue();
        assertThat(report.complete()).isFalse();
        assertThat(report.columns()).extracting(ResealedColumn::name, ResealedColumn::resealed,
                        ResealedColumn::remaining)
                .containsExactly(tuple(AUDITS, 3L, 3L), tuple(USERS, 3L, 3L), tuple(CONTENT, 3L, 3L),
                        tuple(SUGGESTIONS, 1L, 1L), tuple(SECRET, 1L, 1L), tuple(PREVIOUS_SECRET, 1L, 1L));
    }

    @Test
    void aRowChangedByARunningInstanceMeanwhileIsSkippedNotOverwritten() {
        Seeded seeded = seed(beforeRotation);
        String subject = seeded.users().keySet().iterator().next();
        String newEmail = "changed." + run + "@example.com";
        AtomicReference<String> written = new AtomicReference<>();
        // An instance still on the old key records a sighting between the resealer's read and its write.
        JdbiPersonalDataResealer resealer = new JdbiPersonalDataResealer(database, afterRotation, column -> {
            if (column.equals(USERS) && written.get() == null) {
                users(beforeRotation).recordSighting(new UserIdentity(subject, newEmail, Set.of()), Instant.now());
                written.set(userEnvelope(subject));
            }
        });

        ResealReport report = resealer.reseal(false, 10);

        assertThat(report.columns().get(1)).extracting(ResealedColumn::resealed, ResealedColumn::skipped,
                ResealedColumn::remaining).containsExactly(2L, 1L, 1L);
        assertThat(report.complete()).isFalse();
        assertThat(userEnvelope(subject)).as("the concurrent write is kept").isEqualTo(written.get())
                .startsWith("v1.k1.");
        assertThat(new PersonalDataCipher(afterRotation).open(userEnvelope(subject))).isEqualTo(newEmail);

        ResealReport again = new JdbiPersonalDataResealer(database, afterRotation).reseal(false, 10);

        assertThat(again.complete()).isTrue();
        assertThat(again.columns().get(1)).extracting(ResealedColumn::resealed, ResealedColumn::current)
                .containsExactly(1L, 2L);
        assertThat(new PersonalDataCipher(onlyK2).open(userEnvelope(subject))).isEqualTo(newEmail);
    }

    @Test
    void aValueUnderAKeyTheRingLacksIsReportedAndLeftAlone() {
        Seeded seeded = seed(beforeRotation);
        DataKeyRing lost = DataKeyRing.of(DataKey.generate("k0", RANDOM));
        ChatMessage orphan = new JdbiChatRepository(database, new PersonalDataCipher(lost))
                .append(userMessage(seeded.chatAudit(), "sealed under a key nobody kept"));
        String orphanEnvelope = envelopes().get(CONTENT + "/" + orphan.id());

        ResealReport report = new JdbiPersonalDataResealer(database, afterRotation).reseal(false, 2);

        assertThat(report.complete()).isFalse();
        ResealedColumn content = report.columns().get(2);
        assertThat(content).extracting(ResealedColumn::resealed, ResealedColumn::unreadable,
                ResealedColumn::remaining, ResealedColumn::missingKeys).containsExactly(3L, 1L, 1L, Map.of("k0", 1L));
        assertThat(envelopes().get(CONTENT + "/" + orphan.id())).isEqualTo(orphanEnvelope);
        assertThat(report.columns()).filteredOn(column -> !column.name().equals(CONTENT))
                .allSatisfy(column -> assertThat(column.remaining()).isZero());
    }

    @Test
    void refusesABatchSizeOutOfRange() {
        JdbiPersonalDataResealer resealer = new JdbiPersonalDataResealer(database, afterRotation);
        assertThatThrownBy(() -> resealer.reseal(false, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch size");
        assertThatThrownBy(() -> resealer.reseal(true, JdbiPersonalDataResealer.MAX_BATCH_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Three guest audits with emails, one without, three users, and a chat of three messages (one suggesting). */
    private Seeded seed(DataKeyRing keys) {
        Map<AuditId, String> audits = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            String email = "Guest" + i + "." + run + "@Example.org";
            audits.put(guestAuditWithEmail(keys, email).id(), email);
        }
        audits(keys).create(AuditSamples.guestDraft(AuditSamples.newGuestToken(), AuditSamples.T0));
        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            String subject = "subject-" + i + "-" + run;
            String email = "user" + i + "." + run + "@example.net";
            users(keys).recordSighting(new UserIdentity(subject, email, Set.of()), AuditSamples.T0);
            users.put(subject, email);
        }
        AuditId chatAudit = ChatRepositories.storedAudit(audits(keys));
        JdbiChatRepository chats = new JdbiChatRepository(database, new PersonalDataCipher(keys));
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(chats.append(userMessage(chatAudit, "We deploy by hand, " + run)));
        messages.add(chats.append(new ChatMessage(new ChatMessageId(UUID.randomUUID()), chatAudit, ChatRole.ASSISTANT,
                "Then basic CI/CD fits", null, ChatSource.OFFLINE,
                List.of(new SuggestedAnswer(QuestionId.of("deployment_automation"),
                        new AnswerValue.Choice("ci_cd_basic"), "\"by hand\"")), AuditSamples.T0.plusSeconds(1),
                null)));
        messages.add(chats.append(userMessage(chatAudit, "Thanks")));
        // A webhook endpoint with a rotated secret: both secrets sealed.
        WebhookEndpoint webhook = WebhookEndpoint.register(new WebhookEndpointId(UUID.randomUUID()),
                URI.create("https://hooks.example.com/" + run), Set.of(EventType.AUDIT_SUBMITTED), "reseal test",
                secret(1), AuditSamples.T0).rotated(secret(2), AuditSamples.T0, Duration.ofHours(24));
        new JdbiWebhookEndpoints(database, new PersonalDataCipher(keys)).save(webhook);
        return new Seeded(audits, users, chatAudit, messages, webhook);
    }

    private static WebhookSecret secret(int fill) {
        byte[] key = new byte[WebhookSecret.MIN_BYTES];
        Arrays.fill(key, (byte) fill);
        return WebhookSecret.of(key);
    }

    private record Seeded(Map<AuditId, String> audits, Map<String, String> users, AuditId chatAudit,
                          List<ChatMessage> messages, WebhookEndpoint webhook) {
    }

    private Audit guestAuditWithEmail(DataKeyRing keys, String email) {
        JdbiAuditRepository audits = audits(keys);
        Audit audit = audits.create(AuditSamples.guestDraft(AuditSamples.newGuestToken(), AuditSamples.T0));
        return audits.update(audit.id(), a -> a.withGuestEmail(new EmailAddress(email), AuditSamples.T0));
    }

    private static ChatMessage userMessage(AuditId audit, String content) {
        return ChatRepositories.userMessage(audit, content);
    }

    private JdbiAuditRepository audits(DataKeyRing keys) {
        return new JdbiAuditRepository(database, new PersonalDataCipher(keys), new KeyedHash(keys));
    }

    private JdbiUserRepository users(DataKeyRing keys) {
        return new JdbiUserRepository(database, new PersonalDataCipher(keys), new KeyedHash(keys));
    }

    private String userEnvelope(String subject) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT email_sealed FROM users"
                        + " WHERE subject = :subject").bind("subject", subject.getBytes(StandardCharsets.UTF_8))
                .mapTo(String.class).one());
    }

    private List<String> idsByHash(String table, String column, List<String> candidates) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM " + table + " WHERE " + column
                + " IN (<hashes>)").bindList("hashes", candidates).mapTo(String.class).list());
    }

    /** Every non-null sealed value, by {@code table.column/id}. */
    private Map<String, String> envelopes() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : List.of(AUDITS, USERS, CONTENT, SUGGESTIONS, SECRET, PREVIOUS_SECRET)) {
            values.putAll(column(column));
        }
        return values;
    }

    private Map<String, String> envelopesAndHashes() {
        Map<String, String> values = envelopes();
        values.putAll(column("audits.guest_email_hash"));
        values.putAll(column("users.email_hash"));
        return values;
    }

    private Map<String, String> column(String name) {
        String table = name.substring(0, name.indexOf('.'));
        String column = name.substring(name.indexOf('.') + 1);
        Map<String, String> values = new LinkedHashMap<>();
        database.jdbi().useHandle(handle -> handle.createQuery("SELECT id, " + column + " AS v FROM " + table
                        + " WHERE " + column + " IS NOT NULL")
                .map((rs, ctx) -> values.put(name + "/" + rs.getString("id"), rs.getString("v"))).list());
        return values;
    }
}

package ara.bootstrap.adapters;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.DatabaseSettings;
import ara.adapter.persistence.jdbi.JdbiAuditRepository;
import ara.atrest.seal.DataKey;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;
import ara.contract.MariaDbServer;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.result.AuditResult;
import ara.domain.result.PillarResult;
import ara.domain.result.Priority;
import ara.domain.result.RoadmapPhase;
import ara.domain.result.RoadmapWindow;
import ara.domain.result.ResultAssembler;
import ara.domain.scoring.ScoringScheme;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A classic v1 audit stored before issue 16 (rows captured from commit af980d7, result document format 1) is read
 * back on H2 and on MariaDB, and scoring its answers again with today's engine gives the same totals, pillars,
 * percents and levels: the new presentation rules changed lists, never scores. The stored result itself reads as a
 * result version 1 with its three 30-day windows.
 */
class StoredClassicAuditTest {
    private static final JsonNode FIXTURE = fixture();
    private static final AuditId ID = AuditId.parse(FIXTURE.path("audit").path("id").asText());

    /** The checks over one database holding the fixture. */
    abstract static class OverDatabase {
        abstract Database database();

        private Audit stored() {
            DataKeyRing keys = DataKeyRing.of(DataKey.generate("test", new SecureRandom()));
            JdbiAuditRepository audits = new JdbiAuditRepository(database(), new PersonalDataCipher(keys),
                    new KeyedHash(keys));
            return audits.find(ID).orElseThrow();
        }

        @Test
        void scoringTheStoredAnswersAgainGivesTheStoredScores() {
            Audit audit = stored();
            AuditResult before = audit.result().orElseThrow();
            ScoringScheme classic = new ClasspathQuestionnaireCatalog()
                    .find(QuestionnaireId.of("classic"), audit.questionnaireVersion()).orElseThrow();

            AuditResult now = ResultAssembler.assemble(classic, audit.answers(), Instant.parse("2026-12-07T12:00:00Z"));

            assertThat(audit.answers().asMap()).hasSize(16);
            assertThat(now.scoreCard().profileId()).isEqualTo(before.scoreCard().profileId()).isEqualTo("enterprise");
            assertThat(now.scoreCard().total()).isEqualTo(before.scoreCard().total());
            assertThat(now.scoreCard().total().score()).isEqualTo(6.03);
            assertThat(now.scoreCard().total().max()).isEqualTo(12.48);
            assertThat(now.scoreCard().total().percent()).isEqualTo(48.3);
            assertThat(now.scoreCard().potential()).isEqualTo(before.scoreCard().potential());
            assertThat(now.level()).isEqualTo(before.level());
            assertThat(now.pillars()).extracting(p -> p.score().pillar().value(), p -> p.score().summary(),
                            PillarResult::level)
                    .containsExactlyElementsOf(before.pillars().stream().map(p -> tuple(p.score().pillar().value(),
                            p.score().summary(), p.level())).toList());
            assertThat(now.scoreCard().questions()).isEqualTo(before.scoreCard().questions());
        }

        @Test
        void theStoredResultReadsAsVersionOneWithItsThreeWindows() {
            AuditResult before = stored().result().orElseThrow();

            assertThat(before.resultVersion()).isEqualTo(1);
            assertThat(before.knowledgeGaps()).isEmpty();
            assertThat(before.nextLevelGuidance()).isEmpty();
            assertThat(before.roadmap()).extracting(RoadmapPhase::window, p -> p.recommendations().size())
                    .containsExactly(tuple(RoadmapWindow.DAYS_1_30, 5), tuple(RoadmapWindow.DAYS_31_60, 8),
                            tuple(RoadmapWindow.DAYS_61_90, 0));
            assertThat(before.recommendations()).hasSize(13)
                    .allSatisfy(r -> assertThat(r.window()).isEqualTo(r.priority().window()));
            assertThat(before.recommendations()).filteredOn(r -> r.priority() == Priority.HIGH).hasSize(5);
        }
    }

    @Nested
    class OnH2 extends OverDatabase {
        @TempDir
        static Path dataDir;
        private static Database database;

        @BeforeAll
        static void open() {
            DatabaseSettings settings = DatabaseSettings.embedded(dataDir);
            database = Database.open(settings);
            insertFixture(settings.jdbcUrl(), settings.user(), settings.password());
        }

        @AfterAll
        static void close() {
            database.close();
        }

        @Override
        Database database() {
            return database;
        }
    }

    @Nested
    class OnMariaDb extends OverDatabase {
        private static Database database;

        @BeforeAll
        static void open() {
            MariaDbServer.Schema schema = MariaDbServer.freshSchema();
            database = Database.open(new DatabaseSettings(schema.jdbcUrl(), schema.user(), schema.password(), 4, 0,
                    Duration.ofSeconds(30)));
            insertFixture(schema.jdbcUrl(), schema.user(), schema.password());
        }

        @AfterAll
        static void close() {
            database.close();
        }

        @Override
        Database database() {
            return database;
        }
    }

    /** Writes the captured rows with plain JDBC, as the old code left them (the schema is migrated by then). */
    static void insertFixture(String jdbcUrl, String user, String password) {
        JsonNode audit = FIXTURE.path("audit");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audits (id, questionnaire_id,"
                    + " questionnaire_version, scoring_version, organization_name, status, version, created_at,"
                    + " updated_at, submitted_at, guest_token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, audit.path("id").asText());
                insert.setString(2, audit.path("questionnaire_id").asText());
                insert.setInt(3, audit.path("questionnaire_version").asInt());
                insert.setInt(4, audit.path("scoring_version").asInt());
                insert.setString(5, audit.path("organization_name").asText());
                insert.setString(6, audit.path("status").asText());
                insert.setLong(7, audit.path("version").asLong());
                insert.setTimestamp(8, Timestamp.valueOf(audit.path("created_at").asText()));
                insert.setTimestamp(9, Timestamp.valueOf(audit.path("updated_at").asText()));
                insert.setTimestamp(10, Timestamp.valueOf(audit.path("submitted_at").asText()));
                insert.setString(11, audit.path("guest_token_hash").asText());
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_answers (audit_id, question_id, value_json) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, JsonNode> answer : FIXTURE.path("answers").properties()) {
                    insert.setString(1, audit.path("id").asText());
                    insert.setString(2, answer.getKey());
                    insert.setString(3, answer.getValue().toString());
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_results (audit_id, result_json, calculated_at) VALUES (?, ?, ?)")) {
                insert.setString(1, audit.path("id").asText());
                insert.setString(2, FIXTURE.path("result").path("result_json").toString());
                insert.setTimestamp(3, Timestamp.valueOf(FIXTURE.path("result").path("calculated_at").asText()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert the fixture", e);
        }
    }

    private static JsonNode fixture() {
        try (InputStream in = StoredClassicAuditTest.class.getResourceAsStream(
                "/fixtures/classic-audit-before-issue-16.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package ara.atrest.json;

import ara.contract.AuditSamples;
import ara.domain.questionnaire.Effort;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.QuestionId;
import ara.domain.result.AnswerGain;
import ara.domain.result.AuditResult;
import ara.domain.result.KnowledgeGap;
import ara.domain.result.LevelGap;
import ara.domain.result.MaturityLevel;
import ara.domain.result.NextLevel;
import ara.domain.result.Priority;
import ara.domain.result.Recommendation;
import ara.domain.result.RoadmapPhase;
import ara.domain.result.RoadmapWindow;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Result documents: format 2 written and read back exactly, format 1 (stored before result version 2) still read. */
class ResultJsonTest {

    @Test
    void aVersionTwoResultWithEveryKindOfEntryReadsBackEqual() {
        AuditResult result = everyKindOfEntry();

        assertThat(ResultJson.read(ResultJson.write(result))).isEqualTo(result);
    }

    @Test
    void writesWindowsAndKindsByCodeAndTheNewLists() {
        JsonNode node = StoredJson.read(ResultJson.write(everyKindOfEntry()));

        assertThat(node.get("format").intValue()).isEqualTo(2);
        assertThat(node.get("resultVersion").intValue()).isEqualTo(2);
        assertThat(node.get("roadmap").get(3).get("window").textValue()).isEqualTo("months-4-6");
        assertThat(node.get("recommendations").get(0).get("window").textValue()).isEqualTo("days-1-30");
        assertThat(node.get("recommendations").get(0).get("kind").textValue()).isEqualTo("find-out");
        assertThat(node.get("knowledgeGaps").get(1).get("pillar").isNull()).isTrue();
        assertThat(node.get("nextLevel").get("pillars").get(0).get("next").isNull()).isTrue();
        assertThat(node.get("nextLevel").get("bestGains").get(0).get("bestAnswer").textValue()).isEqualTo("100 %");
    }

    @Test
    void aResultWithoutNextLevelGuidanceWritesNull() {
        AuditResult versionOne = ResultJson.read(formatOne());

        JsonNode node = StoredJson.read(ResultJson.write(versionOne));

        assertThat(node.get("resultVersion").intValue()).isEqualTo(1);
        assertThat(node.get("nextLevel").isNull()).isTrue();
        assertThat(ResultJson.read(ResultJson.write(versionOne))).isEqualTo(versionOne);
    }

    @Test
    void readsAFormatOneDocumentAsTheVersionOneResultItWas() {
        AuditResult stored = ResultJson.read(formatOne());

        assertThat(stored.resultVersion()).isEqualTo(1);
        assertThat(stored.knowledgeGaps()).isEmpty();
        assertThat(stored.nextLevelGuidance()).isEmpty();
        assertThat(stored.scoreCard().total().percent()).isEqualTo(48.3);
        assertThat(stored.roadmap()).extracting(RoadmapPhase::window, p -> p.recommendations().size())
                .containsExactly(tuple(RoadmapWindow.DAYS_1_30, 5), tuple(RoadmapWindow.DAYS_31_60, 8),
                        tuple(RoadmapWindow.DAYS_61_90, 0));
        assertThat(stored.recommendations()).hasSize(13).allSatisfy(r -> {
            assertThat(r.window()).isEqualTo(r.priority().window());
            assertThat(r.kind()).isEqualTo(Recommendation.Kind.IMPROVE);
        });
    }

    @Test
    void rejectsAnUnknownWindowOrKind() {
        String json = ResultJson.write(everyKindOfEntry());

        assertThatThrownBy(() -> ResultJson.read(json.replace("\"months-4-6\"", "\"years-2-3\"")))
                .hasMessageContaining("years-2-3");
        assertThatThrownBy(() -> ResultJson.read(json.replace("\"find-out\"", "\"guess\"")))
                .hasMessageContaining("guess");
    }

    /** The sample result with a find-out recommendation, a later window, knowledge gaps and next-level guidance. */
    private static AuditResult everyKindOfEntry() {
        AuditResult sample = AuditSamples.result(AuditSamples.T0);
        PillarId pillar = sample.pillars().getFirst().score().pillar();
        Recommendation findOut = new Recommendation(QuestionId.of("owner"), pillar, "Find out: Who owns it?",
                "Find out who owns it. Ask \"IT\".", Effort.S, "An answer you can act on.", 2.5, Priority.HIGH,
                RoadmapWindow.DAYS_1_30, Recommendation.Kind.FIND_OUT);
        Recommendation later = new Recommendation(QuestionId.of("register"), null, "Keep a register", "Ünïcödé.",
                Effort.L, "Order", 0.2, Priority.MEDIUM, RoadmapWindow.MONTHS_4_6, Recommendation.Kind.IMPROVE);
        List<RoadmapPhase> roadmap = List.of(new RoadmapPhase(RoadmapWindow.DAYS_1_30, List.of(findOut)),
                new RoadmapPhase(RoadmapWindow.DAYS_31_60, List.of()),
                new RoadmapPhase(RoadmapWindow.DAYS_61_90, List.of()),
                new RoadmapPhase(RoadmapWindow.MONTHS_4_6, List.of(later)),
                new RoadmapPhase(RoadmapWindow.MONTHS_7_12, List.of()));
        NextLevel next = new NextLevel(
                new LevelGap(LevelGap.TOTAL, "Overall", 59.76, MaturityLevel.DEVELOPING, MaturityLevel.PROFICIENT,
                        1.24, 0.14),
                List.of(new LevelGap(pillar.value(), "Top pillar", 97, MaturityLevel.EXPERT, null, 0, 0)),
                List.of(new AnswerGain(QuestionId.of("coverage"), pillar, "Coverage?", "100 %", 12.5)));
        return new AuditResult(sample.questionnaire(), sample.questionnaireVersion(), sample.scoringVersion(),
                sample.scoreCard(), sample.level(), sample.pillars(), sample.strengths(), sample.gaps(),
                List.of(findOut, later), roadmap, sample.insights(), sample.calculatedAt(), 2,
                List.of(new KnowledgeGap(QuestionId.of("owner"), pillar, "Who owns it?"),
                        new KnowledgeGap(QuestionId.of("notes"), null, "Any notes?")), next);
    }

    /** A classic result as stored before result version 2 (format 1; phases named by priority). */
    private static String formatOne() {
        try (InputStream in = ResultJsonTest.class.getResourceAsStream("result-format1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

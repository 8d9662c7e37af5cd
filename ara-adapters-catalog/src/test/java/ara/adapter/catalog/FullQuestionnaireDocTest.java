package ara.adapter.catalog;

import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.scoring.QuestionScoring;
import ara.domain.scoring.ScoringProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/questionnaire-full.md lists every question of the shipped full v1 as it is: one row each, in wizard order. */
class FullQuestionnaireDocTest {
    private static final Path DOC = Path.of("../docs/questionnaire-full.md");
    private static final QuestionnaireDefinition FULL = FullQuestionnaireTest.FULL;
    private static final ScoringProfile DEFAULT = FullQuestionnaireTest.SCHEME.models().get("default").profile();

    @Test
    void theQuestionTableHasOneRowPerQuestionMatchingTheFile() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int start = lines.indexOf("## The questions");
        assertThat(start).isPositive();
        List<String[]> rows = lines.subList(start, lines.size()).stream()
                .takeWhile(line -> !line.startsWith("## Worked example"))
                .filter(line -> line.matches("\\| \\d+ \\| `[a-z0-9_]+`.*"))
                .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::trim)
                        .toArray(String[]::new))
                .toList();
        assertThat(rows).hasSize(FULL.questions().size());
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            Question question = FULL.questions().get(i);
            String id = question.id().value();
            assertThat(row[0]).isEqualTo(String.valueOf(i + 1));
            assertThat(row[1]).isEqualTo("`" + id + "`" + (question.unknownOption().isPresent() ? " ¹" : ""));
            assertThat(row[2]).as(id).isEqualTo(question.step().value());
            assertThat(row[3]).as(id).isEqualTo(question.type().code());
            assertThat(row[4]).as(id).isEqualTo(question.pillar() == null ? "—" : question.pillar().value());
            assertThat(row[5]).as(id).isEqualTo(DEFAULT.scoring(question.id())
                    .map(FullQuestionnaireDocTest::weight)
                    .orElse(question.context() ? "context" : "not scored"));
            assertThat(row[6]).as(id).isEqualTo(question.references().stream()
                    .map(reference -> reference.source() + " " + reference.item()).collect(Collectors.joining("; ")));
            assertThat(row[7].equals("always")).as(id)
                    .isEqualTo(question.showIf() == null && question.hideIf() == null
                            && FULL.step(question.step()).orElseThrow().skipIf() == null);
        }
    }

    private static String weight(QuestionScoring scoring) {
        return scoring.weight() + " (" + scoring.function().code() + ")";
    }
}

package ara.domain.result;

import ara.domain.answer.AnswerValue;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.Validation;
import ara.domain.scoring.ScoreSummary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ara.domain.fixture.QuestionBuilder.multi;
import static ara.domain.fixture.QuestionBuilder.question;
import static ara.domain.fixture.QuestionBuilder.scale;
import static ara.domain.fixture.QuestionBuilder.single;
import static org.assertj.core.api.Assertions.assertThat;

class NextLevelGuideTest {

    @Test
    void measuresTheDistanceToTheNextLevelInPercentAndPoints() {
        // 59.76 % is developing; proficient starts at 61: 1.24 points of percent, 1.24 × 10.88 / 100 = 0.1349 -> 0.14
        assertThat(NextLevelGuide.gap(LevelGap.TOTAL, "Overall", new ScoreSummary(6.5, 10.88, 59.76)))
                .isEqualTo(new LevelGap(LevelGap.TOTAL, "Overall", 59.76, MaturityLevel.DEVELOPING,
                        MaturityLevel.PROFICIENT, 1.24, 0.14));
        // 38.12 % is a beginner: 41 − 38.12 = 2.88 (2.8800000000000026 in doubles must not round up to 2.89)
        assertThat(NextLevelGuide.gap("p", "Pillar p", new ScoreSummary(3.81, 10, 38.12)))
                .isEqualTo(new LevelGap("p", "Pillar p", 38.12, MaturityLevel.BEGINNER, MaturityLevel.DEVELOPING,
                        2.88, 0.29));
    }

    @Test
    void needsNothingMoreAtTheTopLevel() {
        assertThat(NextLevelGuide.gap("p", "Pillar p", new ScoreSummary(9.7, 10, 97)))
                .isEqualTo(new LevelGap("p", "Pillar p", 97, MaturityLevel.EXPERT, null, 0, 0));
    }

    @Test
    void roundsUpToTwoDecimalsIgnoringFloatingPointNoise() {
        assertThat(NextLevelGuide.ceil2(2.881)).isEqualTo(2.89);
        assertThat(NextLevelGuide.ceil2(41 - 38.12)).isEqualTo(2.88);
        assertThat(NextLevelGuide.ceil2(0)).isEqualTo(0);
    }

    @Test
    void namesTheBestAnswerInWords() {
        assertThat(NextLevelGuide.inWords(single("q", "all_teams", "none").build(),
                new AnswerValue.Choice("all_teams"))).isEqualTo("All teams");
        assertThat(NextLevelGuide.inWords(multi("q", "unit_tests", "e2e_tests").build(),
                new AnswerValue.Choices(List.of("unit_tests", "e2e_tests")))).isEqualTo("Unit tests, E2e tests");
        assertThat(NextLevelGuide.inWords(question("q", QuestionType.YES_NO).build(), new AnswerValue.Flag(true)))
                .isEqualTo("Yes");
        assertThat(NextLevelGuide.inWords(question("q", QuestionType.PERCENTAGE).build(),
                new AnswerValue.Number(100))).isEqualTo("100 %");
        assertThat(NextLevelGuide.inWords(question("q", QuestionType.NUMBER_INPUT)
                .validation(Validation.range(0, 250)).build(), new AnswerValue.Number(250))).isEqualTo("250");
        assertThat(NextLevelGuide.inWords(scale("q").build(), new AnswerValue.Number(10))).isEqualTo("10");
    }
}

package ara.adapter.report.pdf;

import ara.domain.answer.AnswerValue;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Effort;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.Reference;
import ara.domain.questionnaire.StepId;
import ara.domain.questionnaire.Validation;
import ara.domain.result.Recommendation;
import ara.domain.result.RoadmapWindow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private static Question question(QuestionType type, List<AnswerOption> options, Validation validation) {
        return new Question(QuestionId.of("q"), StepId.of("s"), type, "Q?", "", "", true, options, validation,
                PillarId.of("p"), null, null, null);
    }

    @Test
    void printsStoredNumbersAsTheyAreWithoutTrailingZeros() {
        assertThat(Formats.number(6.5)).isEqualTo("6.5");
        assertThat(Formats.number(65.0)).isEqualTo("65");
        assertThat(Formats.number(64.57)).isEqualTo("64.57");
        assertThat(Formats.number(100)).isEqualTo("100");
        assertThat(Formats.number(-0.0)).isEqualTo("0");
        assertThat(Formats.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Formats.number(1e-7)).isEqualTo("0.0000001");
        assertThat(Formats.number(1e21)).isEqualTo("1000000000000000000000");
        assertThat(Formats.percent(59.76)).isEqualTo("59.76%");
        assertThat(Formats.scale(59.74)).isEqualTo("60 / 100");
        assertThat(Formats.outOf100(60.5)).isEqualTo("61");
        assertThat(Formats.scale(6.5, 10)).isEqualTo("65 / 100");
        assertThat(Formats.scale(0, 0)).isEqualTo("0 / 100");
    }

    @Test
    void printsDatesInUtc() {
        assertThat(Formats.date(Instant.parse("2026-11-26T23:30:00Z"))).isEqualTo("26 November 2026");
    }

    @Test
    void printsAnswersAsPeopleReadThem() {
        List<AnswerOption> options = List.of(AnswerOption.of("a", "Alpha", 1), AnswerOption.of("b", "Beta", 2));
        assertThat(Formats.answer(question(QuestionType.SINGLE_SELECT, options, null), new AnswerValue.Choice("b")))
                .isEqualTo("Beta");
        assertThat(Formats.answer(question(QuestionType.SINGLE_SELECT, options, null),
                new AnswerValue.Choice("gone"))).isEqualTo("gone");
        assertThat(Formats.answer(question(QuestionType.MULTI_SELECT, options, null),
                new AnswerValue.Choices(List.of("b", "a")))).isEqualTo("Beta, Alpha");
        assertThat(Formats.answer(question(QuestionType.MULTI_SELECT, options, null),
                new AnswerValue.Choices(List.of()))).isEqualTo("None selected");
        assertThat(Formats.answer(question(QuestionType.SCALE_RATING, List.of(), Validation.range(1, 10)),
                new AnswerValue.Number(7))).isEqualTo("7 on a scale of 1 to 10");
        assertThat(Formats.answer(question(QuestionType.PERCENTAGE, List.of(), null), new AnswerValue.Number(42.5)))
                .isEqualTo("42.5%");
        assertThat(Formats.answer(question(QuestionType.YES_NO, List.of(), null), new AnswerValue.Flag(false)))
                .isEqualTo("No");
        assertThat(Formats.answer(question(QuestionType.TEXT_INPUT, List.of(), null), new AnswerValue.Text(" ")))
                .isEqualTo("(empty)");
        assertThat(Formats.effort(Effort.L)).isEqualTo("Large");
        assertThat(Formats.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(Formats.list(List.of("a"))).isEqualTo("a");
    }

    @Test
    void namesRoadmapWindowsKindsAndCitations() {
        assertThat(Formats.window(RoadmapWindow.DAYS_1_30)).isEqualTo("Days 1–30");
        assertThat(Formats.window(RoadmapWindow.DAYS_61_90)).isEqualTo("Days 61–90");
        assertThat(Formats.window(RoadmapWindow.MONTHS_4_6)).isEqualTo("Months 4–6");
        assertThat(Formats.window(RoadmapWindow.MONTHS_7_12)).isEqualTo("Months 7–12");
        assertThat(Formats.kind(Recommendation.Kind.FIND_OUT)).isEqualTo("Find out");
        assertThat(Formats.kind(Recommendation.Kind.IMPROVE)).isEqualTo("Improve");
        assertThat(Formats.citation(new Reference("nist-ai-rmf", "GOVERN 1.2"))).isEqualTo("NIST-AI-RMF GOVERN 1.2");
        assertThat(Formats.citation(new Reference("owasp-llm", "LLM06:2025 Excessive Agency")))
                .isEqualTo("OWASP-LLM LLM06:2025 Excessive Agency");
    }

    @Test
    void shortensByCharactersNotUtf16Units() {
        assertThat(Formats.shorten("🚀🚀🚀", 3)).isEqualTo("🚀🚀🚀");
        assertThat(Formats.shorten("🚀🚀🚀🚀", 3)).isEqualTo("🚀🚀🚀…");
        assertThat(Formats.shorten("ab cd", 3)).isEqualTo("ab…");
    }
}

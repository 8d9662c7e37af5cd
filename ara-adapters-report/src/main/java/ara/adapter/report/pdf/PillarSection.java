package ara.adapter.report.pdf;

import ara.domain.answer.AnswerValue;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.Question;
import ara.domain.report.ReportSection;
import ara.domain.result.PillarResult;
import ara.domain.result.Recommendation;
import ara.domain.scoring.QuestionScore;
import ara.domain.scoring.QuestionScoring;

import java.util.List;
import java.util.Optional;

/**
 * Section 4: per pillar, its questions with the answer, score and weight, then the pillar's recommendations. The
 * technical template adds each question's options, scoring function and weight in detail.
 */
final class PillarSection {
    private PillarSection() {
    }

    static void write(Html.Tag body, ReportView view) {
        Html.Tag section = Blocks.section(body, view, ReportSection.PILLAR_ANALYSIS);
        for (PillarResult pillar : view.result().pillars()) {
            Html.Tag block = section.add("div", "pillar");
            // Heading and description stay together, and with the table they introduce.
            Html.Tag head = block.add("div", "pillar-head");
            Html.Tag heading = head.add("h2", "pillar-heading");
            heading.text(pillar.title() + " — " + Formats.scale(pillar.score().summary().percent()) + " ");
            Blocks.level(heading, pillar.level());
            view.definition().pillar(pillar.score().pillar()).map(Pillar::description).filter(d -> !d.isBlank())
                    .ifPresent(description -> head.add("p", "muted", description));
            questions(block, view, pillar);
            if (view.template().questionDetail()) {
                for (QuestionScore score : pillar.score().questions()) {
                    view.definition().question(score.question()).ifPresent(q -> detail(block, view, q, score));
                }
            }
            recommendations(block, view, pillar);
        }
    }

    private static void questions(Html.Tag block, ReportView view, PillarResult pillar) {
        List<QuestionScore> scores = pillar.score().questions();
        if (scores.isEmpty()) {
            Blocks.note(block, "No question of this pillar applied to these answers.");
            return;
        }
        Table rows = Table.of(block, "questions", Table.Column.text("Question", "40%"),
                Table.Column.text("Answer", "38%"), Table.Column.number("Score", "11%"),
                Table.Column.number("Weight", "11%"));
        for (QuestionScore score : scores) {
            Html.Tag tr = rows.row();
            Html.Tag title = tr.add("td", null, view.questionTitle(score.question()));
            // A context question may count in a pillar (classic's size and industry do) but is never a gap to close.
            if (view.definition().question(score.question()).map(Question::context).orElse(false)) {
                title.add("div", "muted", "Context: describes the organisation.");
            }
            Html.Tag answer = tr.add("td", null, answer(view, score));
            if (view.result().knowledgeGaps().stream().anyMatch(gap -> gap.question().equals(score.question()))) {
                answer.add("div", "muted", "A knowledge gap: counts as 0 until it is answered.");
            }
            tr.add("td", "num", score.answered() ? Formats.scale(score.score(), score.max()) : "–");
            tr.add("td", "num", Formats.number(score.weight()));
        }
    }

    private static String answer(ReportView view, QuestionScore score) {
        Optional<Question> question = view.definition().question(score.question());
        Optional<AnswerValue> value = view.content().audit().answers().get(score.question());
        if (question.isEmpty() || value.isEmpty() || !score.answered()) {
            return "Not answered";
        }
        return Formats.answer(question.get(), value.get());
    }

    private static void detail(Html.Tag block, ReportView view, Question question, QuestionScore score) {
        Html.Tag detail = block.add("div", "detail");
        detail.add("div", "detail-title", question.title());
        if (!question.description().isBlank()) {
            detail.add("div", "muted", question.description());
        }
        Optional<AnswerValue> answer = view.content().audit().answers().get(question.id());
        Html.Tag facts = detail.add("table", "detail-facts").add("tbody");
        detailRow(facts, "Answer", score.answered() && answer.isPresent()
                ? Formats.answer(question, answer.get()) : "Not answered");
        detailRow(facts, "Score", score.answered() ? Formats.scale(score.score(), score.max()) : "– (counts as 0)");
        detailRow(facts, "Weight in pillar", Formats.number(score.weight()));
        detailRow(facts, "Scoring", view.content().profile().scoring(question.id()).map(QuestionScoring::function)
                .map(MethodologySection::describe).orElse("not scored"));
        if (!question.options().isEmpty()) {
            Html.Tag options = detail.add("ul", "options");
            for (AnswerOption option : question.options()) {
                boolean chosen = answer.map(a -> chose(a, option.id())).orElse(false);
                Html.Tag item = options.add("li", chosen ? "chosen" : null);
                item.add("span", "mark", chosen ? "✔" : "·");
                item.text(option.label());
                item.add("span", "muted", " weight " + Formats.number(option.weight())
                        + (option.exclusive() ? ", exclusive" : ""));
            }
        }
    }

    private static boolean chose(AnswerValue answer, String optionId) {
        return switch (answer) {
            case AnswerValue.Choice choice -> choice.optionId().equals(optionId);
            case AnswerValue.Choices choices -> choices.optionIds().contains(optionId);
            default -> false;
        };
    }

    private static void detailRow(Html.Tag facts, String label, String value) {
        Html.Tag tr = facts.add("tr");
        tr.add("td", "detail-label", label);
        tr.add("td", null, value);
    }

    private static void recommendations(Html.Tag block, ReportView view, PillarResult pillar) {
        List<Recommendation> recommendations = view.recommendationsOf(pillar.score().pillar());
        block.add("h3", null, "Recommendations for " + pillar.title());
        if (recommendations.isEmpty()) {
            Blocks.note(block, view.windowedRoadmap()
                    ? "None: every answered question of this pillar scores at least 7 of 10, and none is unknown."
                    : "None: every answered question of this pillar scores at least 7 of 10.");
            return;
        }
        Html.Tag list = block.add("ul", "plain");
        for (Recommendation recommendation : recommendations) {
            Html.Tag item = list.add("li");
            item.add("span", "rec-title", recommendation.title());
            item.add("span", "muted", " — " + AdviceSection.priorityTitle(recommendation.priority())
                    + " priority, " + (view.windowedRoadmap() ? Formats.window(recommendation.window())
                    : AdviceSection.window(recommendation.priority().firstDay(), recommendation.priority().lastDay())));
        }
    }
}

package ara.adapter.report.pdf;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.Step;
import ara.domain.report.ReportSection;

/** Section 9: every answer the audit holds, step by step in wizard order. */
final class AppendixSection {
    private AppendixSection() {
    }

    static void write(Html.Tag body, ReportView view) {
        Html.Tag section = Blocks.section(body, ReportSection.APPENDIX);
        Answers answers = view.content().audit().answers();
        Visibility visibility = Visibility.of(view.definition(), answers);
        section.add("p", null, "Every answer as it was given, in the order the questionnaire asks.");
        for (Step step : view.definition().steps()) {
            if (step.questions().stream().noneMatch(q -> answers.has(q.id()))) {
                continue;
            }
            section.add("h2", "step-title", step.title());
            Table rows = Table.of(section, "answers", Table.Column.text("Question", "45%"),
                    Table.Column.text("Answer", "55%"));
            for (Question question : step.questions()) {
                AnswerValue value = answers.valueOrNull(question.id());
                if (value == null) {
                    continue;
                }
                Html.Tag tr = rows.row();
                tr.add("td", null, question.title());
                Html.Tag answer = tr.add("td", value instanceof AnswerValue.Text ? "free-text" : null,
                        Formats.answer(question, value));
                if (!visibility.isVisible(question.id())) {
                    answer.add("div", "muted", "Hidden by other answers: not scored.");
                }
            }
        }
        if (answers.isEmpty()) {
            Blocks.note(section, "The audit holds no answers.");
        }
    }
}

package ara.adapter.report.pdf;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.Reference;
import ara.domain.questionnaire.Step;
import ara.domain.report.ReportSection;

import java.util.List;

/**
 * Section 9: every answer the audit holds, step by step in wizard order, each question with the public framework
 * items it rests on (cited as {@link Formats#citation}, e.g. "NIST-AI-RMF GOVERN 1.2").
 */
final class AppendixSection {
    private AppendixSection() {
    }

    static void write(Html.Tag body, ReportView view) {
        Html.Tag section = Blocks.section(body, view, ReportSection.APPENDIX);
        Answers answers = view.content().audit().answers();
        Visibility visibility = Visibility.of(view.definition(), answers);
        section.add("p", null, "Every answer as it was given, in the order the questionnaire asks"
                + (view.definition().sources().isEmpty() ? "." : ", with the framework items each question rests on "
                + "(the sources are listed in the methodology)."));
        boolean cited = view.definition().questions().stream().anyMatch(q -> !q.references().isEmpty());
        for (Step step : view.definition().steps()) {
            if (step.questions().stream().noneMatch(q -> answers.has(q.id()))) {
                continue;
            }
            section.add("h2", "step-title", step.title());
            Table rows = cited
                    ? Table.of(section, "answers", Table.Column.text("Question", "38%"),
                            Table.Column.text("Answer", "37%"), Table.Column.text("Rests on", "25%"))
                    : Table.of(section, "answers", Table.Column.text("Question", "45%"),
                            Table.Column.text("Answer", "55%"));
            for (Question question : step.questions()) {
                AnswerValue value = answers.valueOrNull(question.id());
                if (value == null) {
                    continue;
                }
                Html.Tag tr = rows.row();
                Html.Tag title = tr.add("td", null, question.title());
                if (question.context()) {
                    title.add("div", "muted", "Context: describes the organisation.");
                }
                Html.Tag answer = tr.add("td", value instanceof AnswerValue.Text ? "free-text" : null,
                        Formats.answer(question, value));
                if (!visibility.isVisible(question.id())) {
                    answer.add("div", "muted", "Hidden by other answers: not scored.");
                }
                if (cited) {
                    references(tr.add("td", "refs"), question.references());
                }
            }
        }
        if (answers.isEmpty()) {
            Blocks.note(section, "The audit holds no answers.");
        }
    }

    /**
     * One citation a line ("NIST-AI-RMF MAP 1.1"): each source code then starts a line, so it is never broken at
     * one of its hyphens, and the column uses the height the question's title takes anyway.
     */
    private static void references(Html.Tag cell, List<Reference> references) {
        for (Reference reference : references) {
            cell.add("div", null, Formats.citation(reference));
        }
    }
}

package ara.domain.logic;

import ara.domain.answer.AnswerValue;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.CrossCheck;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Runs a questionnaire's cross-checks over visible answers and returns the warnings they raise. Thread-safe. */
public final class CrossChecks {

    private CrossChecks() {
    }

    public static List<Warning> warnings(Visibility visibility) {
        List<Warning> warnings = new ArrayList<>();
        for (CrossCheck check : visibility.definition().crossChecks()) {
            if (!Conditions.holds(check.when(), visibility::effectiveAnswer)) {
                continue;
            }
            Set<QuestionId> involved = new LinkedHashSet<>();
            check.when().comparisons().forEach(c -> involved.add(c.question()));
            if (check.checkedQuestion().isEmpty()) {
                warnings.add(new Warning(check.id(), check.message().replace(CrossCheck.MISSING_PLACEHOLDER, ""),
                        List.copyOf(involved), List.of()));
                continue;
            }
            QuestionId checked = check.question();
            // Only an answered question can lack something; an unanswered one is still in progress.
            if (!(visibility.effectiveAnswer(checked) instanceof AnswerValue.Choices choices)) {
                continue;
            }
            List<String> missing = check.requiredOptions().stream()
                    .filter(option -> !choices.optionIds().contains(option)).toList();
            if (!missing.isEmpty()) {
                involved.add(checked);
                Question question = visibility.definition().question(checked).orElseThrow();
                String labels = String.join(", ", missing.stream().map(id -> label(question, id)).toList());
                warnings.add(new Warning(check.id(), check.message().replace(CrossCheck.MISSING_PLACEHOLDER, labels),
                        List.copyOf(involved), missing));
            }
        }
        return warnings;
    }

    private static String label(Question question, String optionId) {
        return question.option(optionId).map(AnswerOption::label).orElse(optionId);
    }
}

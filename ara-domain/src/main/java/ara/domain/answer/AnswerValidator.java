package ara.domain.answer;

import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks answers against their questions and reports every problem at once. Out-of-range values are rejected,
 * never clamped. Stateless and thread-safe.
 *
 * <p>A violation's {@code field} is the question id.
 */
public final class AnswerValidator {

    private AnswerValidator() {
    }

    /** Every problem with every given answer, in the order given. Empty when all are valid. */
    public static List<Violation> validate(QuestionnaireDefinition definition, Answers answers) {
        List<Violation> problems = new ArrayList<>();
        for (Map.Entry<QuestionId, AnswerValue> entry : answers.asMap().entrySet()) {
            problems.addAll(validate(definition, entry.getKey(), entry.getValue()));
        }
        return problems;
    }

    /** Every problem with one answer to a question that may not exist. */
    public static List<Violation> validate(QuestionnaireDefinition definition, QuestionId question, AnswerValue value) {
        Optional<Question> known = definition.question(question);
        if (known.isEmpty()) {
            return List.of(new Violation(question.value(), Violation.UNKNOWN_QUESTION,
                    "question " + question + " does not exist in " + definition.id() + " v" + definition.version()));
        }
        return validate(known.get(), value);
    }

    /** Every problem with one answer to a known question. */
    public static List<Violation> validate(Question question, AnswerValue value) {
        List<Violation> problems = new ArrayList<>();
        switch (question.type()) {
            case SINGLE_SELECT -> {
                if (value instanceof AnswerValue.Choice choice) {
                    if (question.option(choice.optionId()).isEmpty()) {
                        problems.add(unknownOption(question, choice.optionId()));
                    }
                } else {
                    problems.add(wrongType(question, value, "a single option id (string)"));
                }
            }
            case MULTI_SELECT -> {
                if (value instanceof AnswerValue.Choices choices) {
                    checkChoices(question, choices.optionIds(), problems);
                } else {
                    problems.add(wrongType(question, value, "a list of option ids (array of strings)"));
                }
            }
            case SCALE_RATING, PERCENTAGE, NUMBER_INPUT -> {
                if (value instanceof AnswerValue.Number number) {
                    checkNumber(question, number.value(), problems);
                } else {
                    problems.add(wrongType(question, value, "a number"));
                }
            }
            case YES_NO -> {
                if (!(value instanceof AnswerValue.Flag)) {
                    problems.add(wrongType(question, value, "true or false"));
                }
            }
            case TEXT_INPUT -> {
                if (value instanceof AnswerValue.Text text) {
                    checkText(question, text.value(), problems);
                } else {
                    problems.add(wrongType(question, value, "a text (string)"));
                }
            }
        }
        return problems;
    }

    private static void checkChoices(Question question, List<String> selected, List<Violation> problems) {
        Set<String> seen = new HashSet<>();
        boolean exclusivePicked = false;
        for (String optionId : selected) {
            Optional<AnswerOption> option = question.option(optionId);
            if (option.isEmpty()) {
                problems.add(unknownOption(question, optionId));
                continue;
            }
            if (!seen.add(optionId)) {
                problems.add(new Violation(question.id().value(), Violation.DUPLICATE_OPTION,
                        "option " + optionId + " is selected more than once for question " + question.id()));
            }
            exclusivePicked |= option.get().exclusive();
        }
        if (exclusivePicked && seen.size() > 1) {
            List<String> exclusive = question.options().stream().filter(AnswerOption::exclusive)
                    .map(AnswerOption::id).filter(seen::contains).toList();
            problems.add(new Violation(question.id().value(), Violation.EXCLUSIVE_OPTION_COMBINED,
                    "option " + String.join(", ", exclusive) + " of question " + question.id()
                            + " cannot be combined with other options"));
        }
        int fewest = question.validation().fewestSelections().orElse(question.required() ? 1 : 0);
        int most = question.validation().mostSelections().orElse(question.options().size());
        if (selected.size() < fewest) {
            problems.add(new Violation(question.id().value(), Violation.TOO_FEW_SELECTIONS,
                    "question " + question.id() + " needs at least " + fewest + " selection" + (fewest == 1 ? "" : "s")
                            + ", got " + selected.size()));
        }
        if (selected.size() > most) {
            problems.add(new Violation(question.id().value(), Violation.TOO_MANY_SELECTIONS,
                    "question " + question.id() + " allows at most " + most + " selection" + (most == 1 ? "" : "s")
                            + ", got " + selected.size()));
        }
    }

    private static void checkNumber(Question question, double number, List<Violation> problems) {
        double min = question.minimum();
        double max = question.maximum();
        if (number < min || number > max) {
            problems.add(new Violation(question.id().value(), Violation.OUT_OF_RANGE,
                    "question " + question.id() + " takes a value from " + format(min) + " to " + format(max)
                            + ", got " + format(number)));
        }
        if (question.type() == QuestionType.SCALE_RATING && number != Math.rint(number)) {
            problems.add(new Violation(question.id().value(), Violation.NOT_WHOLE_NUMBER,
                    "question " + question.id() + " is a rating and takes a whole number, got " + format(number)));
        }
    }

    private static void checkText(Question question, String text, List<Violation> problems) {
        question.validation().longestText().ifPresent(longest -> {
            int length = text.codePointCount(0, text.length());
            if (length > longest) {
                problems.add(new Violation(question.id().value(), Violation.TOO_LONG,
                        "question " + question.id() + " takes at most " + longest + " characters, got " + length));
            }
        });
        question.validation().textPattern().ifPresent(pattern -> {
            if (!Pattern.compile(pattern).matcher(text).matches()) {
                problems.add(new Violation(question.id().value(), Violation.PATTERN_MISMATCH,
                        "the answer to question " + question.id() + " must match " + pattern));
            }
        });
    }

    private static Violation unknownOption(Question question, String optionId) {
        return new Violation(question.id().value(), Violation.UNKNOWN_OPTION,
                "question " + question.id() + " has no option " + optionId);
    }

    private static Violation wrongType(Question question, AnswerValue value, String expected) {
        return new Violation(question.id().value(), Violation.WRONG_TYPE,
                "question " + question.id() + " is a " + question.type().code() + " and takes " + expected
                        + ", got " + value.shape());
    }

    static String format(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15
                ? Long.toString((long) number) : Double.toString(number);
    }
}

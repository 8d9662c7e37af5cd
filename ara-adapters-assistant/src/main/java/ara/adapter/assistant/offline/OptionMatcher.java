package ara.adapter.assistant.offline;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.chat.SuggestedAnswer;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.Step;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the options a message names, by synonym or a label of two words or more (whole words, in order), for the questions of the
 * current step first and then the rest of the questionnaire. A single select is proposed only when exactly one of
 * its options is named; a multi select adds the named options to the current answer. The "I don't know" option is
 * never proposed. Stateless.
 */
final class OptionMatcher {
    private OptionMatcher() {
    }

    /** A proposal with the words of the message that named it. */
    record Match(SuggestedAnswer answer, Question question, List<String> named) {
    }

    static List<Match> matches(String message, QuestionnaireDefinition definition, Step current, Answers answers) {
        List<String> words = Words.all(message);
        List<Question> order = new ArrayList<>(current.questions());
        definition.questions().stream().filter(q -> !current.questions().contains(q)).forEach(order::add);
        List<Match> found = new ArrayList<>();
        for (Question question : order) {
            if (question.type() != QuestionType.SINGLE_SELECT && question.type() != QuestionType.MULTI_SELECT) {
                continue;
            }
            List<AnswerOption> named = new ArrayList<>();
            List<String> phrases = new ArrayList<>();
            for (AnswerOption option : question.options()) {
                if (option.unknown()) {
                    // "I don't know" in a chat message asks for help; it is never read as the answer itself.
                    continue;
                }
                String phrase = namedBy(words, option);
                if (phrase != null) {
                    named.add(option);
                    phrases.add(phrase);
                }
            }
            if (named.isEmpty()) {
                continue;
            }
            if (question.type() == QuestionType.SINGLE_SELECT && named.size() == 1) {
                AnswerOption option = named.getFirst();
                found.add(new Match(new SuggestedAnswer(question.id(), new AnswerValue.Choice(option.id()),
                        "\"" + phrases.getFirst() + "\" is \"" + option.label() + "\""), question, phrases));
            } else if (question.type() == QuestionType.MULTI_SELECT) {
                Set<String> ids = new LinkedHashSet<>();
                answers.get(question.id()).ifPresent(value -> {
                    if (value instanceof AnswerValue.Choices choices) {
                        ids.addAll(choices.optionIds());
                    }
                });
                named.forEach(option -> ids.add(option.id()));
                // An exclusive option ("none") cannot stay beside the named ones.
                question.options().stream().filter(AnswerOption::exclusive)
                        .filter(o -> !named.contains(o) || named.size() > 1).forEach(o -> ids.remove(o.id()));
                found.add(new Match(new SuggestedAnswer(question.id(), new AnswerValue.Choices(List.copyOf(ids)),
                        "you mentioned " + String.join(", ", phrases)), question, phrases));
            }
        }
        return Collections.unmodifiableList(found);
    }

    private static String namedBy(List<String> words, AnswerOption option) {
        List<String> names = new ArrayList<>(option.synonyms());
        names.add(option.label());
        for (String name : names) {
            List<String> phrase = Words.all(name);
            // A one-word label ("Other", "None") is too common a word to be read as a choice; synonyms are chosen.
            boolean specific = phrase.size() >= 2 || option.synonyms().contains(name);
            if (specific && !phrase.isEmpty() && Collections.indexOfSubList(words, phrase) >= 0) {
                return name;
            }
        }
        return null;
    }
}

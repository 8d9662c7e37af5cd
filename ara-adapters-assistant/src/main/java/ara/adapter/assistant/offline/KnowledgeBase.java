package ara.adapter.assistant.offline;

import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * The passages the offline assistant retrieves from: each step, each question (with help text, options and
 * improvement advice), each pillar (the methodology) and the FAQ, in a BM25 index. Immutable and thread-safe.
 */
final class KnowledgeBase {
    private final Bm25Index index;
    private final int size;

    private KnowledgeBase(List<Passage> passages) {
        this.index = new Bm25Index(passages);
        this.size = passages.size();
    }

    static KnowledgeBase of(QuestionnaireDefinition definition) {
        List<Passage> passages = new ArrayList<>();
        passages.add(new Passage("About: " + definition.title(), definition.description(), null));
        for (Pillar pillar : definition.pillars()) {
            passages.add(new Passage("Pillar: " + pillar.title(), pillar.description(), null));
        }
        for (Step step : definition.steps()) {
            passages.add(new Passage("Step: " + step.title(), step.description(), step.id()));
            for (Question question : step.questions()) {
                passages.add(question(question));
                question.improvementAdvice().ifPresent(advice -> passages.add(new Passage(
                        "Advice: " + advice.title(), advice.description() + " " + advice.expectedImpact(),
                        step.id())));
            }
        }
        passages.addAll(Faq.passages());
        return new KnowledgeBase(passages);
    }

    private static Passage question(Question question) {
        StringBuilder text = new StringBuilder(question.description());
        if (!question.helpText().isBlank()) {
            text.append(' ').append(question.helpText());
        }
        if (!question.options().isEmpty()) {
            text.append(" Options: ");
            List<String> options = new ArrayList<>();
            for (AnswerOption option : question.options()) {
                options.add(option.synonyms().isEmpty() ? option.label()
                        : option.label() + " (e.g. " + String.join(", ", option.synonyms()) + ")");
            }
            text.append(String.join("; ", options)).append('.');
        }
        return new Passage("Question: " + question.title(), text.toString().strip(), question.step());
    }

    /** The best passages for a message, those of the given step first among equals (scores × 1.5). */
    List<Bm25Index.Hit> search(String message, Step current, int limit) {
        return index.search(message, limit, p -> current.id().equals(p.step()) ? 1.5 : 1.0);
    }

    int size() {
        return size;
    }
}

package ara.adapter.assistant.offline;

import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.Reference;
import ara.domain.questionnaire.Source;
import ara.domain.questionnaire.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * The passages the offline assistant retrieves from, built from the questionnaire of the audit being discussed
 * (the quick or the full one, or any published): each step, each question (with help text, options, the framework
 * items it rests on and its improvement advice), each pillar (the methodology), each cited framework (with the
 * questions that rest on it) and the FAQ, in a BM25 index. Immutable and thread-safe.
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
                passages.add(question(question, definition));
                question.improvementAdvice().ifPresent(advice -> passages.add(new Passage(
                        "Advice: " + advice.title(), advice.description() + " " + advice.expectedImpact(),
                        step.id())));
            }
        }
        for (Source source : definition.sources()) {
            passages.add(source(source, definition));
        }
        passages.addAll(Faq.passages());
        return new KnowledgeBase(passages);
    }

    /** A cited framework: what it is, where to read it and which questions rest on which of its items. */
    private static Passage source(Source source, QuestionnaireDefinition definition) {
        List<String> citing = new ArrayList<>();
        for (Question question : definition.questions()) {
            List<String> items = question.references().stream()
                    .filter(reference -> reference.source().equals(source.id())).map(Reference::item).toList();
            if (!items.isEmpty()) {
                citing.add(question.title() + " (" + String.join(", ", items) + ")");
            }
        }
        StringBuilder text = new StringBuilder();
        if (!source.url().isBlank()) {
            text.append("Read it at ").append(source.url()).append(". ");
        }
        if (!citing.isEmpty()) {
            text.append("Questions that rest on it: ").append(String.join("; ", citing)).append('.');
        }
        return new Passage("Source: " + source.title(), text.toString().strip(), null);
    }

    private static Passage question(Question question, QuestionnaireDefinition definition) {
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
        List<String> cited = new ArrayList<>();
        if (!question.references().isEmpty()) {
            // Indexed with the framework's full title, so that a question about a framework finds the questions
            // that rest on it; cited by the source's short id, which stays readable after a cut excerpt.
            List<String> references = new ArrayList<>();
            for (Reference reference : question.references()) {
                String name = definition.source(reference.source()).map(Source::title).orElse(reference.source());
                references.add(name + " " + reference.item());
                cited.add(reference.source() + " " + reference.item());
            }
            text.append(" Rests on: ").append(String.join("; ", references)).append('.');
        }
        return new Passage("Question: " + question.title(), text.toString().strip(), question.step(),
                String.join("; ", cited));
    }

    /** The best passages for a message, those of the given step first among equals (scores × 1.5). */
    List<Bm25Index.Hit> search(String message, Step current, int limit) {
        return index.search(message, limit, p -> current.id().equals(p.step()) ? 1.5 : 1.0);
    }

    int size() {
        return size;
    }
}

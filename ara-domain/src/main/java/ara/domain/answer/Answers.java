package ara.domain.answer;

import ara.domain.questionnaire.QuestionId;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: the answers an audit holds, by question. Immutable and thread-safe; the "with" methods return a
 * new instance. Holding an answer says nothing about whether it is valid or visible: see {@link AnswerValidator}
 * and {@code ara.domain.logic.Visibility}.
 */
public final class Answers {
    private static final Answers NONE = new Answers(Map.of());

    private final Map<QuestionId, AnswerValue> values;

    private Answers(Map<QuestionId, AnswerValue> values) {
        this.values = values;
    }

    public static Answers none() {
        return NONE;
    }

    /** The given answers; iteration keeps the given map's order. */
    public static Answers of(Map<QuestionId, AnswerValue> values) {
        Objects.requireNonNull(values, "answers");
        LinkedHashMap<QuestionId, AnswerValue> copy = new LinkedHashMap<>(values);
        copy.forEach((question, value) -> {
            Objects.requireNonNull(question, "question id");
            Objects.requireNonNull(value, "answer to " + question);
        });
        return new Answers(Collections.unmodifiableMap(copy));
    }

    public Optional<AnswerValue> get(QuestionId question) {
        return Optional.ofNullable(values.get(question));
    }

    /** The answer, or {@code null} when there is none: for hot loops that cannot afford an {@code Optional}. */
    public AnswerValue valueOrNull(QuestionId question) {
        return values.get(question);
    }

    public boolean has(QuestionId question) {
        return values.containsKey(question);
    }

    public Answers with(QuestionId question, AnswerValue value) {
        LinkedHashMap<QuestionId, AnswerValue> copy = new LinkedHashMap<>(values);
        copy.put(Objects.requireNonNull(question, "question id"), Objects.requireNonNull(value, "answer"));
        return new Answers(Collections.unmodifiableMap(copy));
    }

    public Answers withAll(Answers more) {
        LinkedHashMap<QuestionId, AnswerValue> copy = new LinkedHashMap<>(values);
        copy.putAll(more.values);
        return new Answers(Collections.unmodifiableMap(copy));
    }

    public Answers without(QuestionId question) {
        if (!values.containsKey(question)) {
            return this;
        }
        LinkedHashMap<QuestionId, AnswerValue> copy = new LinkedHashMap<>(values);
        copy.remove(question);
        return new Answers(Collections.unmodifiableMap(copy));
    }

    /** A read-only view of every answer. */
    public Map<QuestionId, AnswerValue> asMap() {
        return values;
    }

    public int size() {
        return values.size();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Answers" + values;
    }
}

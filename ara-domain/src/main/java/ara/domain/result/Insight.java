package ara.domain.result;

import ara.domain.questionnaire.QuestionId;

import java.util.List;

/** Value object: an observation about the answers as a whole, from the cross-question checks. */
public record Insight(String code, String message, List<QuestionId> questions) {
    public Insight {
        questions = List.copyOf(questions);
    }
}

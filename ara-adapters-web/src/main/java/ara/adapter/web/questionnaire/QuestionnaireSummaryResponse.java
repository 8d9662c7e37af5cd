package ara.adapter.web.questionnaire;

import ara.application.port.in.questionnaire.QuestionnaireSummaryView;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response body: one entry of {@code GET /questionnaires}, the current version of a questionnaire summed up for
 * choosing the mode; {@code questions}, {@code steps} and {@code pillars} are counts.
 */
public record QuestionnaireSummaryResponse(String id, int version, String title, String description,
                                           int estimatedMinutes, int questions, int steps, int pillars, String mode,
                                           @JsonProperty("default") boolean isDefault) {

    public static QuestionnaireSummaryResponse from(QuestionnaireSummaryView view) {
        return new QuestionnaireSummaryResponse(view.id(), view.version(), view.title(), view.description(),
                view.estimatedMinutes(), view.questions(), view.steps(), view.pillars(), view.mode().code(),
                view.isDefault());
    }
}

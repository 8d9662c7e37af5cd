package ara.application.port.in.admin;

import java.util.List;

/** Inbound port: every questionnaire version in the catalog, shipped and published. */
public interface ListQuestionnaireVersionsUseCase {
    List<QuestionnaireVersionView> versions();
}

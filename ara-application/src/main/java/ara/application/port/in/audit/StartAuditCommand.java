package ara.application.port.in.audit;

import ara.domain.audit.Audit;
import ara.domain.identity.Caller;
import ara.domain.questionnaire.QuestionnaireId;

import java.util.Objects;
import java.util.Optional;

/**
 * Command: start an audit.
 *
 * @param questionnaire    which questionnaire, or {@code null} for the default one (its current version)
 * @param organizationName optional, at most {@value Audit#ORGANIZATION_NAME_MAX} characters
 * @param caller           who starts it: a signed-in user owns it; anyone else gets a guest audit and its token
 */
public record StartAuditCommand(QuestionnaireId questionnaire, String organizationName, Caller caller) {
    public StartAuditCommand {
        Objects.requireNonNull(caller, "caller");
        if (organizationName != null
                && organizationName.strip().codePointCount(0, organizationName.strip().length())
                > Audit.ORGANIZATION_NAME_MAX) {
            throw new IllegalArgumentException("organizationName must be at most " + Audit.ORGANIZATION_NAME_MAX
                    + " characters");
        }
    }

    public Optional<QuestionnaireId> questionnaireId() {
        return Optional.ofNullable(questionnaire);
    }
}

package ara.application.port.in.account;

import ara.application.port.in.audit.StartedAuditView;
import ara.domain.questionnaire.QuestionId;

import java.util.List;
import java.util.Objects;

/**
 * View: the new audit a retake started (with its guest token when the earlier audit was a guest's), the questions it
 * left empty and the earlier answers it could not carry.
 */
public record RetakenAuditView(StartedAuditView started, List<QuestionId> leftEmpty, List<QuestionId> notCarried) {
    public RetakenAuditView {
        Objects.requireNonNull(started, "started");
        leftEmpty = List.copyOf(leftEmpty);
        notCarried = List.copyOf(notCarried);
    }
}

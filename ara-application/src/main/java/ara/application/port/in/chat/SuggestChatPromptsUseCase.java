package ara.application.port.in.chat;

/** Inbound port: three short prompts (chips) for a step, from its questions and the audit's state; owner only. */
public interface SuggestChatPromptsUseCase {
    /**
     * @throws ara.domain.audit.AuditNotFound             when there is no such audit or the caller may not see it
     * @throws ara.domain.identity.AuthenticationRequired when the caller presented no identity
     * @throws ChatStepRejected                           when the step is not one of the audit's questionnaire
     */
    ChatPromptsView prompts(SuggestChatPromptsQuery query);
}

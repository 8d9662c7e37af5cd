package ara.application.service.chat;

import ara.application.port.in.chat.ChatPromptsView;
import ara.application.port.in.chat.SuggestChatPromptsQuery;
import ara.application.port.in.chat.SuggestChatPromptsUseCase;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.identity.AccessGuard;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.Step;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Service: three prompts for a step: help with its first unanswered critical (else required, else any) question, the
 * difference between two options of a select on the step, and how the score is calculated once something is scored
 * (what the levels mean before). Thread-safe.
 */
public final class SuggestChatPromptsService implements SuggestChatPromptsUseCase {
    static final int PROMPTS = 3;

    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final GuestSubmitPolicy guestPolicy;
    private final AccessGuard guard;

    public SuggestChatPromptsService(QuestionnaireCatalog catalog, AuditRepository audits,
                                     GuestSubmitPolicy guestPolicy, AuditLog log, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.guestPolicy = Objects.requireNonNull(guestPolicy, "guestPolicy");
        this.guard = new AccessGuard(Objects.requireNonNull(log, "log"), Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public ChatPromptsView prompts(SuggestChatPromptsQuery query) {
        ChatContext context = ChatContext.load(catalog, audits, guestPolicy, guard, query.audit(), query.caller(),
                query.step());
        Step step = context.step();
        var view = context.view();
        var answers = view.audit().answers();
        Set<String> prompts = new LinkedHashSet<>();
        List<Question> open = step.questions().stream().filter(q -> !answers.has(q.id())).toList();
        Optional<Question> focus = open.stream().filter(q -> view.score().missingCritical().contains(q.id()))
                .findFirst()
                .or(() -> open.stream().filter(Question::required).findFirst())
                .or(() -> open.stream().findFirst());
        focus.ifPresent(q -> prompts.add("Which answer fits us for \"" + q.title() + "\"?"));
        step.questions().stream().filter(q -> q.options().size() >= 2).findFirst().ifPresent(q ->
                prompts.add("What is the difference between \"" + q.options().get(0).label() + "\" and \""
                        + q.options().get(1).label() + "\"?"));
        boolean scored = view.score().questions().stream().anyMatch(s -> s.answered());
        prompts.add(scored ? "How is my score calculated?" : "What do the maturity levels mean?");
        for (String filler : List.of("What does the step \"" + step.title() + "\" measure?",
                "How do I save and resume later?", "What will the report contain?")) {
            if (prompts.size() < PROMPTS) {
                prompts.add(filler);
            }
        }
        return new ChatPromptsView(step.id(), prompts.stream().limit(PROMPTS).toList());
    }
}

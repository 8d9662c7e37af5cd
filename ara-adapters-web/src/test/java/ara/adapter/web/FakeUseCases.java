package ara.adapter.web;

import ara.application.port.in.audit.AuditNotScored;
import ara.application.port.in.audit.AuditPageView;
import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.ClearAnswerCommand;
import ara.application.port.in.audit.ClearAnswerUseCase;
import ara.application.port.in.audit.GetAuditUseCase;
import ara.application.port.in.audit.GetResultUseCase;
import ara.application.port.in.audit.ListAuditsQuery;
import ara.application.port.in.audit.ListAuditsUseCase;
import ara.application.port.in.audit.SaveAnswerCommand;
import ara.application.port.in.audit.SaveAnswerUseCase;
import ara.application.port.in.audit.SaveAnswersCommand;
import ara.application.port.in.audit.SaveAnswersUseCase;
import ara.application.port.in.audit.StartAuditCommand;
import ara.application.port.in.audit.StartAuditUseCase;
import ara.application.port.in.audit.SubmitAuditUseCase;
import ara.application.port.in.questionnaire.GetQuestionnaireUseCase;
import ara.application.port.in.questionnaire.QuestionnaireNotFound;
import ara.application.port.in.scoring.ScoreAnswersCommand;
import ara.application.port.in.scoring.ScoreAnswersUseCase;
import ara.domain.answer.AnswerShapes;
import ara.domain.answer.AnswerValidator;
import ara.domain.answer.Answers;
import ara.domain.answer.AnswersRejected;
import ara.domain.answer.Violation;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.logic.CrossChecks;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.result.AuditResult;
import ara.domain.result.ResultAssembler;
import ara.domain.scoring.ScoringScheme;
import ara.domain.wizard.WizardProgress;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Test doubles of every inbound port the web adapter serves, doing the real work with the real domain (the Audit
 * aggregate, visibility, progress, cross-checks, ResultAssembler) over audits kept in a map. Counts writes so tests
 * can show that a rejected request stored nothing, and runs a hook before every call so tests can make a use case
 * fail or block. Thread-safe.
 */
final class FakeUseCases implements GetQuestionnaireUseCase, StartAuditUseCase, GetAuditUseCase, SaveAnswerUseCase,
        SaveAnswersUseCase, ClearAnswerUseCase, SubmitAuditUseCase, GetResultUseCase, ListAuditsUseCase,
        ScoreAnswersUseCase {

    static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

    private final Map<String, ScoringScheme> schemes = new ConcurrentHashMap<>();
    private final Map<AuditId, Audit> audits = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger writes = new AtomicInteger();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private volatile Consumer<String> beforeCall = name -> { };

    FakeUseCases() {
        publish(TestSchemes.classic(1));
        publish(TestSchemes.classic(2));
    }

    WebUseCases asWebUseCases() {
        return new WebUseCases(this, this, this, this, this, this, this, this, this, this);
    }

    /** Runs before every use-case call with the method name, e.g. to throw or to block. */
    void beforeEachCall(Consumer<String> hook) {
        this.beforeCall = hook;
    }

    /** How many times an audit was stored (created or changed). */
    int writes() {
        return writes.get();
    }

    /** Puts an audit as it is (for states the API cannot reach yet). */
    void put(Audit audit) {
        audits.put(audit.id(), audit);
    }

    Audit audit(AuditId id) {
        return Optional.ofNullable(audits.get(id)).orElseThrow(() -> new AuditNotFound(id));
    }

    private void publish(ScoringScheme scheme) {
        schemes.put(key(scheme.definition().id(), scheme.definition().version()), scheme);
    }

    private static String key(QuestionnaireId id, int version) {
        return id.value() + "@" + version;
    }

    private ScoringScheme scheme(QuestionnaireId id, Integer version) {
        if (version == null) {
            return schemes.values().stream().filter(s -> s.definition().id().equals(id))
                    .max((a, b) -> Integer.compare(a.definition().version(), b.definition().version()))
                    .orElseThrow(() -> new QuestionnaireNotFound(id, null));
        }
        return Optional.ofNullable(schemes.get(key(id, version)))
                .orElseThrow(() -> new QuestionnaireNotFound(id, version));
    }

    private ScoringScheme schemeOf(Audit audit) {
        return scheme(audit.questionnaire(), audit.questionnaireVersion());
    }

    private AuditView view(Audit audit) {
        ScoringScheme scheme = schemeOf(audit);
        Visibility visibility = Visibility.of(scheme.definition(), audit.answers());
        return new AuditView(audit, scheme.definition(), WizardProgress.of(visibility),
                scheme.modelFor(visibility).score(visibility), CrossChecks.warnings(visibility));
    }

    private Audit update(AuditId id, UnaryOperator<Audit> change) {
        Audit current = audit(id);
        Audit[] stored = new Audit[1];
        audits.compute(id, (key, audit) -> {
            Audit changed = change.apply(audit == null ? current : audit);
            if (changed != audit) {
                writes.incrementAndGet();
            }
            stored[0] = changed;
            return changed;
        });
        return stored[0];
    }

    private void called(String name) {
        beforeCall.accept(name);
    }

    @Override
    public QuestionnaireDefinition current() {
        called("current");
        return scheme(TestSchemes.CLASSIC, null).definition();
    }

    @Override
    public QuestionnaireDefinition current(QuestionnaireId id) {
        called("current");
        return scheme(id, null).definition();
    }

    @Override
    public QuestionnaireDefinition version(QuestionnaireId id, int version) {
        called("version");
        return scheme(id, version).definition();
    }

    @Override
    public AuditView start(StartAuditCommand command) {
        called("start");
        ScoringScheme scheme = scheme(command.questionnaireId().orElse(TestSchemes.CLASSIC), null);
        Audit audit = Audit.start(new AuditId(new UUID(0, ids.incrementAndGet())), scheme,
                command.organizationName(), command.owner(), clock.instant());
        audits.put(audit.id(), audit);
        writes.incrementAndGet();
        return view(audit);
    }

    @Override
    public AuditView get(AuditId id) {
        called("get");
        return view(audit(id));
    }

    @Override
    public AuditView save(SaveAnswerCommand command) {
        called("save");
        return view(update(command.audit(), audit -> audit.expectVersion(command.expectedVersion())
                .answer(schemeOf(audit), command.question(), command.value(), clock.instant())));
    }

    @Override
    public AuditView saveAll(SaveAnswersCommand command) {
        called("saveAll");
        return view(update(command.audit(), audit -> audit.expectVersion(command.expectedVersion())
                .answerAll(schemeOf(audit), command.answers(), clock.instant())));
    }

    @Override
    public AuditView clear(ClearAnswerCommand command) {
        called("clear");
        return view(update(command.audit(), audit -> audit.expectVersion(command.expectedVersion())
                .clear(schemeOf(audit), command.question(), clock.instant())));
    }

    @Override
    public AuditResult submit(AuditId id) {
        called("submit");
        return update(id, audit -> audit.submit(schemeOf(audit), clock.instant())).result().orElseThrow();
    }

    @Override
    public AuditResult result(AuditId id) {
        called("result");
        Audit audit = audit(id);
        return audit.result().orElseThrow(() -> new AuditNotScored(id, audit.status()));
    }

    @Override
    public AuditPageView list(ListAuditsQuery query) {
        called("list");
        List<Audit> owned = query.owner() == null ? List.of() : audits.values().stream()
                .filter(a -> a.owner().filter(query.owner()::equals).isPresent()).toList();
        return new AuditPageView(owned.stream().skip((long) query.page() * query.size()).limit(query.size())
                .toList(), query.page(), query.size(), owned.size());
    }

    @Override
    public AuditResult score(ScoreAnswersCommand command) {
        called("score");
        ScoringScheme scheme = scheme(command.questionnaireId().orElse(TestSchemes.CLASSIC), command.version());
        Answers answers = AnswerShapes.normalise(scheme.definition(), command.answers());
        List<Violation> violations = AnswerValidator.validate(scheme.definition(), answers);
        if (!violations.isEmpty()) {
            throw new AnswersRejected(violations);
        }
        return ResultAssembler.assemble(scheme, answers, clock.instant());
    }
}

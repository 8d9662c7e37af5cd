package ara.adapter.web;

import ara.application.port.in.audit.AuditNotScored;
import ara.application.port.in.audit.AuditPageView;
import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.ClaimAuditUseCase;
import ara.application.port.in.audit.ClearAnswerCommand;
import ara.application.port.in.audit.ClearAnswerUseCase;
import ara.application.port.in.audit.GetAuditUseCase;
import ara.application.port.in.audit.GetResultUseCase;
import ara.application.port.in.audit.GiveGuestEmailCommand;
import ara.application.port.in.audit.GiveGuestEmailUseCase;
import ara.application.port.in.audit.ListAuditsQuery;
import ara.application.port.in.audit.ListAuditsUseCase;
import ara.application.port.in.audit.SaveAnswerCommand;
import ara.application.port.in.audit.SaveAnswerUseCase;
import ara.application.port.in.audit.SaveAnswersCommand;
import ara.application.port.in.audit.SaveAnswersUseCase;
import ara.application.port.in.audit.StartAuditCommand;
import ara.application.port.in.audit.StartAuditUseCase;
import ara.application.port.in.audit.StartedAuditView;
import ara.application.port.in.audit.SubmitAuditCommand;
import ara.application.port.in.audit.SubmitAuditUseCase;
import ara.application.port.in.identity.AuthenticateCommand;
import ara.application.port.in.identity.AuthenticateUseCase;
import ara.application.port.in.idempotency.IdempotencyKeyRejected;
import ara.application.port.in.idempotency.IdempotencyView;
import ara.application.port.in.idempotency.IdempotentRequestCommand;
import ara.application.port.in.idempotency.IdempotentRequestUseCase;
import ara.application.port.in.limit.AdmissionView;
import ara.application.port.in.limit.AdmitRequestCommand;
import ara.application.port.in.limit.AdmitRequestUseCase;
import ara.application.port.in.limit.RequestThrottled;
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
import ara.domain.audit.OwnerId;
import ara.domain.identity.Access;
import ara.domain.identity.AuthenticationRequired;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.identity.GuestToken;
import ara.domain.identity.TokenRejected;
import ara.domain.identity.UserIdentity;
import ara.domain.logic.CrossChecks;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.result.AuditResult;
import ara.domain.result.ResultAssembler;
import ara.domain.scoring.ScoringScheme;
import ara.domain.wizard.WizardProgress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.nio.ByteBuffer;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Test doubles of every inbound port the web adapter serves, doing the real work with the real domain (the Audit
 * aggregate, visibility, progress, cross-checks, ResultAssembler, the access rule) over audits kept in a map. Counts
 * writes so tests can show that a rejected request stored nothing, and runs a hook before every use-case call so
 * tests can make a use case fail or block (authentication, which runs for every request, is left out of the hook).
 *
 * <p>Authentication takes test bearer tokens instead of JWTs: {@code user:<subject>} is a user, {@code
 * user:<subject>:admin} an admin; any other bearer token is rejected with the reason {@code bad_signature}, and
 * the guest token must be well-formed. Access follows the services: anonymous callers are asked to authenticate
 * before any look-up; everyone but the owner (or an admin) is told the audit does not exist. Thread-safe.
 */
final class FakeUseCases implements GetQuestionnaireUseCase, StartAuditUseCase, GetAuditUseCase, SaveAnswerUseCase,
        SaveAnswersUseCase, ClearAnswerUseCase, SubmitAuditUseCase, GetResultUseCase, ListAuditsUseCase,
        ScoreAnswersUseCase, AuthenticateUseCase, ClaimAuditUseCase, GiveGuestEmailUseCase, AdmitRequestUseCase,
        IdempotentRequestUseCase {
    /** The reason the fake gives for a bearer token it does not know; it must never reach a client. */
    static final String REJECTION_REASON = "bad_signature";

    static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

    private final Map<String, ScoringScheme> schemes = new ConcurrentHashMap<>();
    private final Map<AuditId, Audit> audits = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger writes = new AtomicInteger();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AtomicLong secrets = new AtomicLong();
    private volatile Consumer<String> beforeCall = name -> { };
    private volatile GuestSubmitPolicy guestPolicy = GuestSubmitPolicy.EMAIL;
    private final Map<AdmitRequestCommand.Scope, Integer> limits = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> used = new ConcurrentHashMap<>();
    private final List<String> admissions = new CopyOnWriteArrayList<>();
    private final Map<String, IdempotentEntry> idempotencyKeys = new ConcurrentHashMap<>();

    /** What the fake keeps per idempotency key: the request's fingerprint and, once completed, the response. */
    private record IdempotentEntry(String fingerprint, IdempotencyView.Response response) {
    }

    FakeUseCases() {
        publish(TestSchemes.classic(1));
        publish(TestSchemes.classic(2));
    }

    /** The report and signed-URL use cases, over this fake's audits. */
    final FakeReports reports = new FakeReports(this::readableAudit, clock);

    WebUseCases asWebUseCases() {
        return new WebUseCases(this, this, this, this, this, this, this, this, this, this, this, this, this, this,
                this, reports.asReportUseCases(), reports.asStorageUseCases());
    }

    /**
     * Limits {@code scope} to {@code count} requests per subject (per minute, never refilled in a test); every
     * scope is unlimited (a very large count) unless set.
     */
    void limit(AdmitRequestCommand.Scope scope, int count) {
        limits.put(scope, count);
    }

    /** The subjects the limits were asked about, as {@code scope:subject}, in order. */
    List<String> admissions() {
        return List.copyOf(admissions);
    }

    /** Runs before every use-case call with the method name, e.g. to throw or to block. */
    void beforeEachCall(Consumer<String> hook) {
        this.beforeCall = hook;
    }

    /** What a guest must do before submitting (the services' {@code ARA_GUEST_SUBMIT}); {@code email} by default. */
    void guestPolicy(GuestSubmitPolicy policy) {
        this.guestPolicy = policy;
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

    /** The audit, for its owner or an admin; {@link AuthenticationRequired} or {@link AuditNotFound} otherwise. */
    private Audit checked(Audit audit, Caller caller) {
        return switch (audit.accessFor(caller)) {
            case ALLOWED -> audit;
            case UNAUTHENTICATED -> throw new AuthenticationRequired("audit " + audit.id());
            case DENIED -> throw new AuditNotFound(audit.id());
        };
    }

    private static void requireIdentity(Caller caller, AuditId id) {
        if (caller.isAnonymous()) {
            throw new AuthenticationRequired("audit " + id);
        }
    }

    private Audit readable(AuditId id, Caller caller) {
        requireIdentity(caller, id);
        return checked(audit(id), caller);
    }

    /** An audit the caller may read, for the report fakes (which count as calls of the hook too). */
    private Audit readableAudit(AuditId id, Caller caller) {
        called("reports");
        return readable(id, caller);
    }

    private Audit change(AuditId id, Caller caller, UnaryOperator<Audit> change) {
        requireIdentity(caller, id);
        return update(id, audit -> change.apply(checked(audit, caller)));
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
    public StartedAuditView start(StartAuditCommand command) {
        called("start");
        ScoringScheme scheme = scheme(command.questionnaireId().orElse(TestSchemes.CLASSIC), null);
        AuditId id = new AuditId(new UUID(0, ids.incrementAndGet()));
        Optional<UserIdentity> user = command.caller().signedIn();
        GuestToken token = user.isPresent() ? null : GuestToken.fromRandomBytes(ByteBuffer
                .allocate(GuestToken.RANDOM_BYTES).putLong(secrets.incrementAndGet()).putLong(System.nanoTime())
                .array());
        Audit audit = user.isPresent()
                ? Audit.start(id, scheme, command.organizationName(), OwnerId.of(user.get()), clock.instant())
                : Audit.startForGuest(id, scheme, command.organizationName(), token.hash(), clock.instant());
        audits.put(audit.id(), audit);
        writes.incrementAndGet();
        return new StartedAuditView(view(audit), token);
    }

    @Override
    public AuditView get(AuditId id, Caller caller) {
        called("get");
        return view(readable(id, caller));
    }

    @Override
    public AuditView save(SaveAnswerCommand command) {
        called("save");
        return view(change(command.audit(), command.caller(), audit -> audit.expectVersion(command.expectedVersion())
                .answer(schemeOf(audit), command.question(), command.value(), clock.instant())));
    }

    @Override
    public AuditView saveAll(SaveAnswersCommand command) {
        called("saveAll");
        return view(change(command.audit(), command.caller(), audit -> audit.expectVersion(command.expectedVersion())
                .answerAll(schemeOf(audit), command.answers(), clock.instant())));
    }

    @Override
    public AuditView clear(ClearAnswerCommand command) {
        called("clear");
        return view(change(command.audit(), command.caller(), audit -> audit.expectVersion(command.expectedVersion())
                .clear(schemeOf(audit), command.question(), clock.instant())));
    }

    @Override
    public AuditResult submit(SubmitAuditCommand command) {
        called("submit");
        return change(command.audit(), command.caller(), audit -> audit.expectVersion(command.expectedVersion())
                .submit(schemeOf(audit), guestPolicy, clock.instant())).result().orElseThrow();
    }

    @Override
    public AuditResult result(AuditId id, Caller caller) {
        called("result");
        Audit audit = readable(id, caller);
        return audit.result().orElseThrow(() -> new AuditNotScored(id, audit.status()));
    }

    @Override
    public AuditView claim(AuditId id, Caller caller) {
        called("claim");
        requireIdentity(caller, id);
        UserIdentity user = caller.signedIn().orElseThrow(() -> new AuthenticationRequired("claiming audit " + id));
        Caller tokenHolder = Caller.guest(caller.guest().orElse(null));
        return view(update(id, audit -> {
            if (!audit.isGuestAudit() || caller.guest().isEmpty() || audit.accessFor(tokenHolder) != Access.ALLOWED) {
                throw new AuditNotFound(id);
            }
            return audit.claim(user, clock.instant());
        }));
    }

    @Override
    public AuditView giveEmail(GiveGuestEmailCommand command) {
        called("giveEmail");
        return view(change(command.audit(), command.caller(),
                audit -> audit.withGuestEmail(command.email(), clock.instant())));
    }

    @Override
    public Caller authenticate(AuthenticateCommand command) {
        UserIdentity user = command.bearerToken() == null ? null : user(command.bearerToken());
        GuestToken guest = null;
        if (command.guestToken() != null) {
            try {
                guest = GuestToken.parse(command.guestToken());
            } catch (IllegalArgumentException e) {
                throw new TokenRejected("malformed_guest_token", e);
            }
        }
        return new Caller(user, guest, command.requestId(), command.clientIp());
    }

    private static UserIdentity user(String token) {
        String[] parts = token.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || !parts[0].equals("user") || parts[1].isEmpty()
                || parts.length == 3 && !parts[2].equals(UserIdentity.ADMIN)) {
            throw new TokenRejected(REJECTION_REASON);
        }
        return new UserIdentity(parts[1], parts[1] + "@example.com",
                parts.length == 3 ? Set.of(UserIdentity.ADMIN) : Set.of());
    }

    @Override
    public AuditPageView list(ListAuditsQuery query) {
        called("list");
        Caller caller = query.caller();
        List<Audit> owned = caller.isAnonymous() ? List.of() : audits.values().stream()
                .filter(a -> caller.signedIn().isPresent()
                        ? a.owner().filter(OwnerId.of(caller.signedIn().get())::equals).isPresent()
                        : a.isGuestAudit() && a.accessFor(caller) == Access.ALLOWED)
                .sorted((a, b) -> b.id().value().compareTo(a.id().value())).toList();
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

    @Override
    public AdmissionView admit(AdmitRequestCommand command) {
        String subject = command.scope().code() + ":" + command.subject();
        admissions.add(subject);
        int limit = limits.getOrDefault(command.scope(), 1_000_000);
        int count = used.computeIfAbsent(subject, ignored -> new AtomicInteger()).incrementAndGet();
        if (count > limit) {
            used.get(subject).decrementAndGet();
            throw new RequestThrottled(new AdmissionView(command.scope(), limit, Duration.ofMinutes(1), 0,
                    Duration.ofSeconds(60), Duration.ofMillis(29_500)), limit + "/1m");
        }
        return new AdmissionView(command.scope(), limit, Duration.ofMinutes(1), limit - count,
                Duration.ofSeconds(60), Duration.ZERO);
    }

    @Override
    public IdempotencyView begin(IdempotentRequestCommand command) {
        if (command.key().length() > 255) {
            throw new IdempotencyKeyRejected("too_long", "Idempotency-Key must be at most 255 characters");
        }
        String key = command.caller() + " " + command.key();
        IdempotentEntry mine = new IdempotentEntry(command.fingerprint(), null);
        IdempotentEntry earlier = idempotencyKeys.putIfAbsent(key, mine);
        if (earlier == null) {
            return new IdempotencyView.Started();
        }
        if (!earlier.fingerprint().equals(command.fingerprint())) {
            return new IdempotencyView.Mismatch();
        }
        return earlier.response() == null ? new IdempotencyView.InFlight()
                : new IdempotencyView.Replay(earlier.response());
    }

    @Override
    public void complete(IdempotentRequestCommand command, IdempotencyView.Response response) {
        idempotencyKeys.put(command.caller() + " " + command.key(),
                new IdempotentEntry(command.fingerprint(), response));
    }

    @Override
    public void abandon(IdempotentRequestCommand command) {
        idempotencyKeys.remove(command.caller() + " " + command.key());
    }
}

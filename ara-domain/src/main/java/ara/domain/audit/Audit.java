package ara.domain.audit;

import ara.domain.answer.AnswerShapes;
import ara.domain.answer.AnswerValidator;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.answer.AnswersRejected;
import ara.domain.answer.Violation;
import ara.domain.identity.Access;
import ara.domain.identity.Caller;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestEmailRequired;
import ara.domain.identity.GuestMustSignIn;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.identity.GuestTokenHash;
import ara.domain.identity.NotAGuestAudit;
import ara.domain.identity.UserIdentity;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionNotFound;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.result.AuditResult;
import ara.domain.result.ResultAssembler;
import ara.domain.scoring.ScoringScheme;
import ara.domain.wizard.WizardProgress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Aggregate: one organisation's audit: the questionnaire version and scoring it is pinned to, its answers, its
 * status and, once scored, its result. Immutable: every change returns a new audit with {@code version + 1}, so a
 * repository can apply a change under a lock and store exactly what the change produced. Thread-safe.
 *
 * <p>Every change takes the audit's own {@link ScoringScheme} (the one it was started with) and the time; the
 * aggregate reads no clock.
 */
public final class Audit {
    /** Most characters an organisation name may have. */
    public static final int ORGANIZATION_NAME_MAX = 200;

    private final AuditId id;
    private final QuestionnaireId questionnaire;
    private final int questionnaireVersion;
    private final int scoringVersion;
    private final String organizationName;
    private final OwnerId owner;
    private final AuditStatus status;
    private final Answers answers;
    private final long version;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant submittedAt;
    private final AuditResult result;
    private final GuestTokenHash guestToken;
    private final EmailAddress guestEmail;

    private Audit(AuditId id, QuestionnaireId questionnaire, int questionnaireVersion, int scoringVersion,
                  String organizationName, OwnerId owner, AuditStatus status, Answers answers, long version,
                  Instant createdAt, Instant updatedAt, Instant submittedAt, AuditResult result,
                  GuestTokenHash guestToken, EmailAddress guestEmail) {
        this.id = Objects.requireNonNull(id, "id");
        this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
        this.questionnaireVersion = questionnaireVersion;
        this.scoringVersion = scoringVersion;
        this.organizationName = organizationName;
        this.owner = owner;
        this.status = Objects.requireNonNull(status, "status");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.submittedAt = submittedAt;
        this.result = result;
        this.guestToken = guestToken;
        this.guestEmail = guestEmail;
    }

    /**
     * A new draft owned by a signed-in user, pinned to the scheme's questionnaire version and scoring version.
     *
     * @param organizationName may be {@code null}; at most {@value #ORGANIZATION_NAME_MAX} characters
     */
    public static Audit start(AuditId id, ScoringScheme scheme, String organizationName, OwnerId owner,
                              Instant now) {
        return start(id, scheme, organizationName, Objects.requireNonNull(owner, "owner"), null, now);
    }

    /** A new draft that only the holder of the guest token (stored as its hash) can reach. */
    public static Audit startForGuest(AuditId id, ScoringScheme scheme, String organizationName,
                                      GuestTokenHash guestToken, Instant now) {
        return start(id, scheme, organizationName, null, Objects.requireNonNull(guestToken, "guestToken"), now);
    }

    private static Audit start(AuditId id, ScoringScheme scheme, String organizationName, OwnerId owner,
                               GuestTokenHash guestToken, Instant now) {
        QuestionnaireDefinition definition = scheme.definition();
        return new Audit(id, definition.id(), definition.version(), scheme.version(),
                checkedName(organizationName), owner, AuditStatus.DRAFT, Answers.none(), 1, now, now, null, null,
                guestToken, null);
    }

    /**
     * Rebuilds an audit from storage, as it was saved (see {@link AuditSnapshot#builder()} to read one field by
     * field).
     */
    public static Audit reload(AuditSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        return new Audit(snapshot.id(), snapshot.questionnaire(), snapshot.questionnaireVersion(),
                snapshot.scoringVersion(), snapshot.organizationName().orElse(null), snapshot.owner().orElse(null),
                snapshot.status(), snapshot.answers(), snapshot.version(), snapshot.createdAt(), snapshot.updatedAt(),
                snapshot.submittedAt().orElse(null), snapshot.result().orElse(null),
                snapshot.guestToken().orElse(null), snapshot.guestEmail().orElse(null));
    }

    /** The audit as storage keeps it ({@link #reload} gives it back). */
    public AuditSnapshot snapshot() {
        return new AuditSnapshot(id, questionnaire, questionnaireVersion, scoringVersion, organizationName(), owner(),
                status, answers, version, createdAt, updatedAt, submittedAt(), result(), guestToken(), guestEmail());
    }

    private static String checkedName(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.codePointCount(0, trimmed.length()) > ORGANIZATION_NAME_MAX) {
            throw new IllegalArgumentException("organizationName must be at most " + ORGANIZATION_NAME_MAX
                    + " characters");
        }
        return trimmed;
    }

    /**
     * Fails unless the audit is at {@code expected} (skipped when {@code expected} is {@code null}).
     *
     * @throws StaleAudit when another change came first
     */
    public Audit expectVersion(Long expected) {
        if (expected != null && expected != version) {
            throw new StaleAudit(id, expected, version);
        }
        return this;
    }

    /**
     * Stores (or replaces) one answer.
     *
     * @throws AuditNotEditable  unless the audit is a draft
     * @throws QuestionNotFound  for a question the pinned questionnaire does not have
     * @throws AnswersRejected   listing every problem with the value
     */
    public Audit answer(ScoringScheme scheme, QuestionId question, AnswerValue value, Instant now) {
        QuestionnaireDefinition definition = pinned(scheme);
        requireDraft();
        AnswerValue normalised = AnswerShapes.normalise(
                definition.question(question).orElseThrow(() -> new QuestionNotFound(definition, question)), value);
        List<Violation> problems = AnswerValidator.validate(definition, question, normalised);
        if (!problems.isEmpty()) {
            throw new AnswersRejected(problems);
        }
        return changed(answers.with(question, normalised), now);
    }

    /**
     * Stores several answers at once: all of them, or none when any is invalid.
     *
     * @throws AuditNotEditable unless the audit is a draft
     * @throws AnswersRejected  listing every problem with every answer (unknown questions included)
     */
    public Audit answerAll(ScoringScheme scheme, Answers more, Instant now) {
        QuestionnaireDefinition definition = pinned(scheme);
        requireDraft();
        Answers normalised = AnswerShapes.normalise(definition, more);
        List<Violation> problems = AnswerValidator.validate(definition, normalised);
        if (!problems.isEmpty()) {
            throw new AnswersRejected(problems);
        }
        return normalised.isEmpty() ? this : changed(answers.withAll(normalised), now);
    }

    /**
     * Removes one answer; clearing an unanswered question changes nothing.
     *
     * @throws AuditNotEditable unless the audit is a draft
     * @throws QuestionNotFound for a question the pinned questionnaire does not have
     */
    public Audit clear(ScoringScheme scheme, QuestionId question, Instant now) {
        QuestionnaireDefinition definition = pinned(scheme);
        requireDraft();
        definition.question(question).orElseThrow(() -> new QuestionNotFound(definition, question));
        return answers.has(question) ? changed(answers.without(question), now) : this;
    }

    /**
     * Submits the audit and scores it: {@code DRAFT → SUBMITTED → SCORED}, with the result attached. A guest audit
     * first meets the guest policy.
     *
     * @throws AuditNotEditable   unless the audit is a draft
     * @throws GuestEmailRequired a guest audit without an email under {@link GuestSubmitPolicy#EMAIL}
     * @throws GuestMustSignIn    a guest audit under {@link GuestSubmitPolicy#LOGIN}
     * @throws AuditIncomplete    while visible required questions are unanswered
     */
    public Audit submit(ScoringScheme scheme, GuestSubmitPolicy guestPolicy, Instant now) {
        QuestionnaireDefinition definition = pinned(scheme);
        requireDraft();
        switch (submitRequirement(guestPolicy)) {
            case NOTHING -> { }
            case EMAIL -> throw new GuestEmailRequired();
            case SIGN_IN -> throw new GuestMustSignIn();
        }
        WizardProgress progress = WizardProgress.of(definition, answers);
        if (!progress.readyToSubmit()) {
            throw new AuditIncomplete(id, progress.missingRequired());
        }
        AuditStatus scored = status.moveTo(AuditStatus.SUBMITTED).moveTo(AuditStatus.SCORED);
        AuditResult computed = ResultAssembler.assemble(scheme, answers, now);
        return new Audit(id, questionnaire, questionnaireVersion, scoringVersion, organizationName, owner, scored,
                answers, version + 1, createdAt, now, now, computed, guestToken, guestEmail);
    }

    /**
     * What submitting still needs under the guest policy: always {@link SubmitRequirement#NOTHING} for a user's
     * audit; for a guest audit, what the policy asks that has not been given yet. {@link #submit} obeys it.
     */
    public SubmitRequirement submitRequirement(GuestSubmitPolicy guestPolicy) {
        Objects.requireNonNull(guestPolicy, "guestPolicy");
        if (!isGuestAudit()) {
            return SubmitRequirement.NOTHING;
        }
        return switch (guestPolicy) {
            case OPEN -> SubmitRequirement.NOTHING;
            case EMAIL -> guestEmail == null ? SubmitRequirement.EMAIL : SubmitRequirement.NOTHING;
            case LOGIN -> SubmitRequirement.SIGN_IN;
        };
    }

    /** Whether the caller may read and change this audit (see {@link Access}). */
    public Access accessFor(Caller caller) {
        return Access.of(caller, owner == null ? null : owner.value(), guestToken);
    }

    /**
     * A signed-in user who holds the guest token takes the audit over: it becomes theirs and the token stops
     * working. The caller's access must have been checked ({@link #accessFor}).
     *
     * @throws IllegalStateException when the audit is not a guest audit
     */
    public Audit claim(UserIdentity user, Instant now) {
        if (!isGuestAudit()) {
            throw new IllegalStateException("audit " + id + " is not a guest audit");
        }
        return new Audit(id, questionnaire, questionnaireVersion, scoringVersion, organizationName, OwnerId.of(user),
                status, answers, version + 1, createdAt, now, submittedAt, result, null, guestEmail);
    }

    /**
     * Records the email a guest gave (replacing an earlier one).
     *
     * @throws NotAGuestAudit for an audit a signed-in user owns (whose email the identity provider already knows)
     */
    public Audit withGuestEmail(EmailAddress email, Instant now) {
        if (!isGuestAudit()) {
            throw new NotAGuestAudit("audit " + id);
        }
        return new Audit(id, questionnaire, questionnaireVersion, scoringVersion, organizationName, owner, status,
                answers, version + 1, createdAt, now, submittedAt, result, guestToken,
                Objects.requireNonNull(email, "email"));
    }

    /**
     * Replaces the guest token (stored as its hash) with a new one: the guest resumed the audit with a mailed resume
     * link and holds the new token from now on; the old one stops working (ADR 0024).
     *
     * @throws NotAGuestAudit for an audit a signed-in user owns
     */
    public Audit withGuestToken(GuestTokenHash next, Instant now) {
        if (!isGuestAudit()) {
            throw new NotAGuestAudit("audit " + id);
        }
        return new Audit(id, questionnaire, questionnaireVersion, scoringVersion, organizationName, owner, status,
                answers, version + 1, createdAt, now, submittedAt, result, Objects.requireNonNull(next, "next"),
                guestEmail);
    }

    /** Reached with a guest token rather than owned by a user. */
    public boolean isGuestAudit() {
        return owner == null && guestToken != null;
    }

    /** Moves to another status, checked by the status machine. */
    public Audit moveTo(AuditStatus next, Instant now) {
        return new Audit(id, questionnaire, questionnaireVersion, scoringVersion, organizationName, owner,
                status.moveTo(next), answers, version + 1, createdAt, now, submittedAt, result, guestToken, guestEmail);
    }

    /** Where the audit stands in the wizard. */
    public WizardProgress progress(ScoringScheme scheme) {
        return WizardProgress.of(pinned(scheme), answers);
    }

    private Audit changed(Answers newAnswers, Instant now) {
        return new Audit(id, questionnaire, questionnaireVersion, scoringVersion, organizationName, owner, status,
                newAnswers, version + 1, createdAt, now, submittedAt, result, guestToken, guestEmail);
    }

    private void requireDraft() {
        if (!status.acceptsAnswers()) {
            throw new AuditNotEditable(id, status);
        }
    }

    private QuestionnaireDefinition pinned(ScoringScheme scheme) {
        QuestionnaireDefinition definition = scheme.definition();
        if (!definition.id().equals(questionnaire) || definition.version() != questionnaireVersion
                || scheme.version() != scoringVersion) {
            throw new IllegalArgumentException("audit " + id + " is pinned to " + questionnaire + " v"
                    + questionnaireVersion + " (scoring v" + scoringVersion + "), not " + definition.id() + " v"
                    + definition.version() + " (scoring v" + scheme.version() + ")");
        }
        return definition;
    }

    public AuditId id() {
        return id;
    }

    public QuestionnaireId questionnaire() {
        return questionnaire;
    }

    public int questionnaireVersion() {
        return questionnaireVersion;
    }

    public int scoringVersion() {
        return scoringVersion;
    }

    public Optional<String> organizationName() {
        return Optional.ofNullable(organizationName);
    }

    public Optional<OwnerId> owner() {
        return Optional.ofNullable(owner);
    }

    public AuditStatus status() {
        return status;
    }

    public Answers answers() {
        return answers;
    }

    /** Starts at 1 and grows by one with every change. */
    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<AuditResult> result() {
        return Optional.ofNullable(result);
    }

    /** The hash of the token that reaches a guest audit. */
    public Optional<GuestTokenHash> guestToken() {
        return Optional.ofNullable(guestToken);
    }

    /** The email a guest gave. */
    public Optional<EmailAddress> guestEmail() {
        return Optional.ofNullable(guestEmail);
    }

    @Override
    public String toString() {
        return "Audit[" + id + ", " + status.code() + ", v" + version + ", " + answers.size() + " answers]";
    }
}

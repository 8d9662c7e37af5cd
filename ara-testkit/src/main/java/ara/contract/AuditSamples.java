package ara.contract;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditSnapshot;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.OwnerId;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestToken;
import ara.domain.questionnaire.QuestionId;
import ara.domain.result.AuditResult;
import ara.domain.result.ResultAssembler;
import ara.domain.scoring.ScoringScheme;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Audits for repository tests, on {@link ContractQuestionnaire}: fresh random ids and owners (so tests never share
 * state), a draft, and a scored audit carrying an answer of every shape and a full result. Timestamps have
 * microsecond precision, what every repository keeps. Stateless and thread-safe.
 */
public final class AuditSamples {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A fixed, microsecond-precise moment the samples start from. */
    public static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

    /** A text with what storage tends to break: quotes, escapes, control characters, 2-, 3- and 4-byte UTF-8. */
    public static final String AWKWARD_TEXT = "Ünïcödé «quotes» \"double\" 'single' \\back\\slash\n"
            + "line\ttab\r\u0000nul 中文 עברית 🚀👩‍💻 {\"json\": [1, 2]} <b>html</b> %s ${x} ?:placeholder";

    private AuditSamples() {
    }

    public static AuditId newId() {
        return new AuditId(UUID.randomUUID());
    }

    public static OwnerId newOwner() {
        return new OwnerId("owner-" + UUID.randomUUID());
    }

    public static ScoringScheme scheme() {
        return ContractQuestionnaire.scheme();
    }

    /** A new draft without answers. */
    public static Audit draft(OwnerId owner, Instant createdAt) {
        return Audit.start(newId(), scheme(), "Acme Corp", owner, createdAt);
    }

    /** Valid answers to the scored questions and the text question, of every answer shape but numbers' extremes. */
    public static Answers validAnswers() {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>();
        values.put(ContractQuestionnaire.INDUSTRY, new AnswerValue.Choice("healthcare"));
        // Deliberately not in option order: a multi select keeps the order given.
        values.put(ContractQuestionnaire.DATA_SOURCES, new AnswerValue.Choices(List.of("erp", "crm")));
        values.put(ContractQuestionnaire.AUTOMATION, new AnswerValue.Number(8));
        values.put(ContractQuestionnaire.HAS_API, new AnswerValue.Flag(false));
        values.put(ContractQuestionnaire.COMMENTS, new AnswerValue.Text(AWKWARD_TEXT));
        return Answers.of(values);
    }

    /**
     * {@link #validAnswers()} plus stored values no form would produce but storage must keep bit for bit: doubles
     * without a short decimal form, negative zero, extremes, an empty text and an empty choice list.
     */
    public static Answers answersOfEveryShape() {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>(validAnswers().asMap());
        values.put(ContractQuestionnaire.note(0), new AnswerValue.Text(""));
        values.put(ContractQuestionnaire.note(1), new AnswerValue.Number(0.1 + 0.2));
        values.put(ContractQuestionnaire.note(2), new AnswerValue.Number(-0.0));
        values.put(ContractQuestionnaire.note(3), new AnswerValue.Number(Double.MAX_VALUE));
        values.put(ContractQuestionnaire.note(4), new AnswerValue.Number(Double.MIN_VALUE));
        values.put(ContractQuestionnaire.note(5), new AnswerValue.Number(-123456789.987654321));
        values.put(ContractQuestionnaire.note(6), new AnswerValue.Choices(List.of()));
        values.put(ContractQuestionnaire.note(7), new AnswerValue.Flag(true));
        values.put(ContractQuestionnaire.note(8), new AnswerValue.Choice("a choice id with spaces"));
        return Answers.of(values);
    }

    /** The result the domain computes for {@link #validAnswers()}: it has every part (see the contract test). */
    public static AuditResult result(Instant calculatedAt) {
        return ResultAssembler.assemble(scheme(), validAnswers(), calculatedAt);
    }

    /**
     * A scored audit as storage would hold it after a long life: version 7, answers of every shape, submitted and
     * scored with a full result.
     */
    public static Audit scored(OwnerId owner, Instant createdAt) {
        Instant submittedAt = createdAt.plus(Duration.ofMinutes(42)).plusNanos(654_321_000);
        ScoringScheme scheme = scheme();
        return AuditSnapshot.builder()
                .id(newId())
                .questionnaire(scheme.definition().id())
                .questionnaireVersion(scheme.definition().version())
                .scoringVersion(scheme.version())
                .organizationName("Ørsted & Søn — 株式会社 🚀")
                .owner(owner)
                .status(AuditStatus.SCORED)
                .answers(answersOfEveryShape())
                .version(7)
                .createdAt(createdAt)
                .updatedAt(submittedAt.plusSeconds(1))
                .submittedAt(submittedAt)
                .result(result(submittedAt))
                .reload();
    }

    /**
     * An audit with every field set, as no single flow produces it: {@link #scored} with a guest token, the email the
     * guest gave and an owner (the claim normally ends the token; the cache must not care).
     */
    public static Audit everyField(OwnerId owner, Instant createdAt) {
        Audit scored = scored(owner, createdAt);
        return scored.snapshot().toBuilder()
                .owner(owner)
                .guestToken(newGuestToken().hash())
                .guestEmail(new EmailAddress("guest.person+ara@example.com"))
                .reload();
    }

    /** A fresh guest token (random, like the ones ARA issues). */
    public static GuestToken newGuestToken() {
        byte[] random = new byte[GuestToken.RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return GuestToken.fromRandomBytes(random);
    }

    /** A new guest draft reached by {@code token}. */
    public static Audit guestDraft(GuestToken token, Instant createdAt) {
        return Audit.startForGuest(newId(), scheme(), null, token.hash(), createdAt);
    }
}

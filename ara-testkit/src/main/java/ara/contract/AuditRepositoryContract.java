package ara.contract;

import ara.application.port.out.audit.AuditRepository;
import ara.domain.answer.AnswerValue;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.OwnerId;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.identity.GuestToken;
import ara.domain.identity.UserIdentity;
import ara.domain.questionnaire.QuestionId;
import ara.domain.result.AuditResult;
import ara.domain.result.RoadmapPhase;
import ara.domain.result.RoadmapWindow;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

import static ara.contract.AuditAssertions.assertSameAudit;
import static ara.contract.AuditAssertions.assertSameResult;
import static ara.contract.AuditAssertions.ids;
import static ara.contract.AuditSamples.T0;
import static ara.contract.AuditSamples.newId;
import static ara.contract.AuditSamples.newOwner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link AuditRepository} must have, as one abstract test: each adapter's test extends it and
 * supplies the repository. Tests share the repository, so each one isolates itself with fresh random audit ids and
 * owners and never wipes anything.
 *
 * <p>Beyond the port's Javadoc this pins down what adapters must agree on: instants are kept to the microsecond
 * (finer digits are truncated, as a {@code DATETIME(6)} column does); owner ids compare exactly (case and trailing
 * spaces count); the listing's tie-break on equal {@code createdAt} is the id's text form, ascending; a change must
 * return the same audit at a higher version (or the very instance it got, for "no change").
 */
public abstract class AuditRepositoryContract {
    private static final Duration CONCURRENCY_TIMEOUT = Duration.ofMinutes(2);

    /** The repository under test; the same instance may be returned to every test. */
    protected abstract AuditRepository repository();

    private static ScoringScheme scheme() {
        return ContractQuestionnaire.scheme();
    }

    private Audit stored(AuditId id) {
        return repository().find(id).orElseThrow(() -> new AssertionError("audit " + id + " is not stored"));
    }

    /** Creates a microsecond-precise audit, which the repository must store (and return) as it is. */
    private Audit created(Audit audit) {
        assertSameAudit(repository().create(audit), audit);
        return audit;
    }

    // --- create and find ---------------------------------------------------------------------------------------

    @Test
    void findReturnsEveryFieldOfACreatedDraft() {
        Audit draft = created(AuditSamples.draft(newOwner(), T0));

        assertSameAudit(stored(draft.id()), draft);
    }

    @Test
    void findReturnsAnswersOfEveryShapeAndTheFullResult() {
        Audit scored = created(AuditSamples.scored(newOwner(), T0));

        Audit found = stored(scored.id());

        assertSameAudit(found, scored);
        AuditResult result = found.result().orElseThrow();
        // Guard against a vacuous comparison: the sample result really has every part.
        assertThat(result.scoreCard().pillars()).hasSize(2);
        assertThat(result.scoreCard().questions()).hasSize(4);
        assertThat(result.pillars()).hasSize(2);
        assertThat(result.strengths()).isNotEmpty();
        assertThat(result.gaps()).isNotEmpty();
        assertThat(result.recommendations()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(result.resultVersion()).isEqualTo(2);
        assertThat(result.roadmap()).extracting(RoadmapPhase::window).containsExactly(RoadmapWindow.values());
        assertThat(result.nextLevelGuidance()).isPresent();
        assertThat(result.roadmap()).flatExtracting(RoadmapPhase::recommendations)
                .containsExactlyInAnyOrderElementsOf(result.recommendations());
        assertThat(result.insights()).singleElement()
                .satisfies(insight -> assertThat(insight.questions()).isNotEmpty());
        assertThat(found.answers().get(ContractQuestionnaire.DATA_SOURCES))
                .contains(new AnswerValue.Choices(List.of("erp", "crm")));
        AnswerValue negativeZero = found.answers().get(ContractQuestionnaire.note(2)).orElseThrow();
        assertThat(Double.doubleToRawLongBits(((AnswerValue.Number) negativeZero).value()))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void aGuestAuditWithoutOrganizationRoundTrips() {
        Audit anonymous = created(Audit.startForGuest(newId(), scheme(), "   ", AuditSamples.newGuestToken().hash(),
                T0));

        Audit found = stored(anonymous.id());

        assertSameAudit(found, anonymous);
        assertThat(found.owner()).isEmpty();
        assertThat(found.organizationName()).isEmpty();
    }

    @Test
    void anOrganizationNameOfTheMaximumLengthInFourByteCharactersRoundTrips() {
        String name = "🚀".repeat(Audit.ORGANIZATION_NAME_MAX);
        Audit audit = created(Audit.start(newId(), scheme(), name, newOwner(), T0));

        assertThat(stored(audit.id()).organizationName()).contains(name);
    }

    @Test
    void aLongTextAnswerRoundTrips() {
        String text = AuditSamples.AWKWARD_TEXT + "x".repeat(70_000) + "🚀".repeat(1_000);
        Audit audit = created(AuditSamples.draft(newOwner(), T0));

        repository().update(audit.id(), a -> a.answer(scheme(), ContractQuestionnaire.COMMENTS,
                new AnswerValue.Text(text), T0.plusSeconds(1)));

        assertThat(stored(audit.id()).answers().get(ContractQuestionnaire.COMMENTS))
                .contains(new AnswerValue.Text(text));
    }

    @Test
    void instantsKeepMicrosecondsAndLoseFinerDigits() {
        Instant precise = Instant.parse("2026-05-06T07:08:09.123456789Z");
        Instant micros = precise.truncatedTo(ChronoUnit.MICROS);
        Audit audit = AuditSamples.draft(newOwner(), precise);

        Audit created = repository().create(audit);
        Audit updated = repository().update(audit.id(), a -> a.answer(scheme(), ContractQuestionnaire.INDUSTRY,
                new AnswerValue.Choice("retail"), precise.plusNanos(999)));
        Audit submitted = repository().update(audit.id(), a -> a.submit(scheme(), GuestSubmitPolicy.OPEN, precise.plusSeconds(1)));

        assertThat(created.createdAt()).as("create returns the audit as stored").isEqualTo(micros);
        assertThat(created.updatedAt()).isEqualTo(micros);
        assertThat(updated.updatedAt()).isEqualTo(precise.plusNanos(999).truncatedTo(ChronoUnit.MICROS));
        Audit found = stored(audit.id());
        assertThat(found.createdAt()).isEqualTo(micros);
        assertThat(found.submittedAt()).contains(micros.plusSeconds(1));
        assertThat(found.result().orElseThrow().calculatedAt()).isEqualTo(micros.plusSeconds(1));
        assertSameAudit(found, submitted);
    }

    @Test
    void creatingASecondAuditWithTheSameIdFailsAndKeepsTheFirst() {
        Audit first = created(AuditSamples.draft(newOwner(), T0));
        Audit clash = Audit.start(first.id(), scheme(), "Someone else", newOwner(), T0.plusSeconds(5));

        assertThatThrownBy(() -> repository().create(clash)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(first.id().toString());

        assertSameAudit(stored(first.id()), first);
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        assertThat(repository().find(newId())).isEmpty();
    }

    // --- update ------------------------------------------------------------------------------------------------

    @Test
    void updateStoresTheChangeAndReturnsItAtTheNextVersion() {
        Audit draft = created(AuditSamples.draft(newOwner(), T0));
        Instant later = T0.plusSeconds(60);

        Audit updated = repository().update(draft.id(), a -> a.answer(scheme(), ContractQuestionnaire.INDUSTRY,
                new AnswerValue.Choice("finance"), later));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.updatedAt()).isEqualTo(later);
        assertThat(updated.answers().get(ContractQuestionnaire.INDUSTRY)).contains(new AnswerValue.Choice("finance"));
        assertSameAudit(stored(draft.id()), updated);
    }

    @Test
    void updateHandsTheChangeTheAuditAsCurrentlyStored() {
        Audit draft = created(AuditSamples.draft(newOwner(), T0));
        repository().update(draft.id(), a -> a.answer(scheme(), ContractQuestionnaire.HAS_API,
                new AnswerValue.Flag(true), T0.plusSeconds(1)));
        Audit current = stored(draft.id());
        AtomicReference<Audit> seen = new AtomicReference<>();

        repository().update(draft.id(), a -> {
            seen.set(a);
            return a;
        });

        assertSameAudit(seen.get(), current);
    }

    @Test
    void updateStoresNothingWhenTheChangeThrows() {
        Audit draft = created(AuditSamples.draft(newOwner(), T0));
        repository().update(draft.id(), a -> a.answer(scheme(), ContractQuestionnaire.HAS_API,
                new AnswerValue.Flag(true), T0.plusSeconds(1)));
        Audit before = stored(draft.id());
        IllegalArgumentException boom = new IllegalArgumentException("boom");

        assertThatThrownBy(() -> repository().update(draft.id(), a -> {
            Audit changed = a.answer(scheme(), ContractQuestionnaire.INDUSTRY, new AnswerValue.Choice("retail"),
                    T0.plusSeconds(2)).clear(scheme(), ContractQuestionnaire.HAS_API, T0.plusSeconds(2));
            assertThat(changed.answers().size()).isEqualTo(1);
            throw boom;
        })).isSameAs(boom);

        assertSameAudit(stored(draft.id()), before);
    }

    @Test
    void updateWritesNothingWhenTheChangeReturnsTheSameInstance() {
        Audit draft = created(AuditSamples.draft(newOwner(), T0));

        Audit result = repository().update(draft.id(), a -> a.clear(scheme(), ContractQuestionnaire.INDUSTRY,
                T0.plusSeconds(30)));

        assertThat(result.version()).isEqualTo(1);
        assertSameAudit(result, draft);
        assertSameAudit(stored(draft.id()), draft);
    }

    @Test
    void updateOfAnUnknownIdFailsWithAuditNotFoundWithoutCallingTheChange() {
        AuditId unknown = newId();
        AtomicBoolean called = new AtomicBoolean();

        assertThatThrownBy(() -> repository().update(unknown, a -> {
            called.set(true);
            return a;
        })).isInstanceOf(AuditNotFound.class).satisfies(e -> assertThat(((AuditNotFound) e).auditId())
                .isEqualTo(unknown));

        assertThat(called).isFalse();
        assertThat(repository().find(unknown)).isEmpty();
    }

    @Test
    void updateRejectsAChangeThatReturnsAnotherAudit() {
        Audit draft = created(AuditSamples.draft(newOwner(), T0));
        Audit stranger = AuditSamples.draft(newOwner(), T0);

        assertThatThrownBy(() -> repository().update(draft.id(), a -> stranger))
                .isInstanceOf(IllegalStateException.class);

        assertSameAudit(stored(draft.id()), draft);
        assertThat(repository().find(stranger.id())).isEmpty();
    }

    @Test
    void updateRejectsAChangeThatDoesNotAdvanceTheVersion() {
        Audit draft = created(AuditSamples.draft(newOwner(), T0));

        assertThatThrownBy(() -> repository().update(draft.id(), a -> a.snapshot().toBuilder()
                .organizationName("Renamed")
                .submittedAt(null)
                .result(null)
                .guestToken(null)
                .guestEmail(null)
                .reload()))
                .isInstanceOf(IllegalStateException.class);

        assertSameAudit(stored(draft.id()), draft);
    }

    @Test
    void replacingAnAnswerStoresTheNewValue() {
        Audit draft = created(AuditSamples.draft(newOwner(), T0));
        repository().update(draft.id(), a -> a.answer(scheme(), ContractQuestionnaire.DATA_SOURCES,
                new AnswerValue.Choices(List.of("crm")), T0.plusSeconds(1)));

        Audit updated = repository().update(draft.id(), a -> a.answer(scheme(), ContractQuestionnaire.DATA_SOURCES,
                new AnswerValue.Choices(List.of("warehouse", "erp")), T0.plusSeconds(2)));

        assertSameAudit(stored(draft.id()), updated);
        assertThat(updated.answers().get(ContractQuestionnaire.DATA_SOURCES))
                .contains(new AnswerValue.Choices(List.of("warehouse", "erp")));
    }

    @Test
    void clearingAnAnswerDeletesIt() {
        Audit draft = created(AuditSamples.draft(newOwner(), T0));
        repository().update(draft.id(), a -> a.answerAll(scheme(), AuditSamples.validAnswers(), T0.plusSeconds(1)));

        Audit cleared = repository().update(draft.id(), a -> a.clear(scheme(), ContractQuestionnaire.COMMENTS,
                T0.plusSeconds(2)));

        Audit found = stored(draft.id());
        assertSameAudit(found, cleared);
        assertThat(found.answers().has(ContractQuestionnaire.COMMENTS)).isFalse();
        assertThat(found.answers().size()).isEqualTo(AuditSamples.validAnswers().size() - 1);
        assertThat(found.version()).isEqualTo(3);
    }

    @Test
    void submittingStoresTheStatusTheSubmissionTimeAndTheResult() {
        Audit draft = created(AuditSamples.draft(newOwner(), T0));
        repository().update(draft.id(), a -> a.answerAll(scheme(), AuditSamples.validAnswers(), T0.plusSeconds(1)));
        Instant submittedAt = T0.plusSeconds(90);

        Audit scored = repository().update(draft.id(), a -> a.submit(scheme(), GuestSubmitPolicy.OPEN, submittedAt));

        Audit found = stored(draft.id());
        assertSameAudit(found, scored);
        assertThat(found.status()).isEqualTo(AuditStatus.SCORED);
        assertThat(found.submittedAt()).contains(submittedAt);
        assertSameResult(found.result().orElseThrow(), AuditSamples.result(submittedAt));
    }

    @Test
    void statusChangesAfterScoringKeepTheResult() {
        Audit scored = created(AuditSamples.scored(newOwner(), T0));

        repository().update(scored.id(), a -> a.moveTo(AuditStatus.REPORT_READY, T0.plusSeconds(3600)));
        Audit archived = repository().update(scored.id(), a -> a.moveTo(AuditStatus.ARCHIVED, T0.plusSeconds(7200)));

        Audit found = stored(scored.id());
        assertSameAudit(found, archived);
        assertThat(found.status()).isEqualTo(AuditStatus.ARCHIVED);
        assertThat(found.version()).isEqualTo(scored.version() + 2);
        assertSameResult(found.result().orElseThrow(), scored.result().orElseThrow());
    }

    // --- listing -----------------------------------------------------------------------------------------------

    @Test
    void findByOwnerPagesNewestFirstAndCountByOwnerCountsAll() {
        OwnerId owner = newOwner();
        List<Audit> audits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            audits.add(created(AuditSamples.draft(owner, T0.plusSeconds(i).plusNanos(i * 1_000L))));
        }
        List<String> newestFirst = ids(audits.reversed());

        assertThat(repository().countByOwner(owner)).isEqualTo(5);
        assertThat(ids(repository().findByOwner(owner, 0, 2))).isEqualTo(newestFirst.subList(0, 2));
        assertThat(ids(repository().findByOwner(owner, 2, 2))).isEqualTo(newestFirst.subList(2, 4));
        assertThat(ids(repository().findByOwner(owner, 4, 2))).isEqualTo(newestFirst.subList(4, 5));
        assertThat(repository().findByOwner(owner, 5, 2)).isEmpty();
        assertThat(ids(repository().findByOwner(owner, 0, 100))).isEqualTo(newestFirst);
    }

    @Test
    void findByOwnerBreaksTiesOnCreatedAtByIdText() {
        OwnerId owner = newOwner();
        List<Audit> audits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            audits.add(created(AuditSamples.draft(owner, T0)));
        }
        Audit newest = created(AuditSamples.draft(owner, T0.plusNanos(1_000)));
        List<String> expected = new ArrayList<>();
        expected.add(newest.id().toString());
        expected.addAll(ids(audits).stream().sorted().toList());

        assertThat(ids(repository().findByOwner(owner, 0, 10))).isEqualTo(expected);
        assertThat(ids(repository().findByOwner(owner, 3, 2))).isEqualTo(expected.subList(3, 5));
    }

    @Test
    void listedAuditsAreComplete() {
        OwnerId owner = newOwner();
        Audit scored = created(AuditSamples.scored(owner, T0.plusSeconds(10)));
        Audit draft = created(AuditSamples.draft(owner, T0));

        List<Audit> listed = repository().findByOwner(owner, 0, 10);

        assertThat(listed).hasSize(2);
        assertSameAudit(listed.get(0), scored);
        assertSameAudit(listed.get(1), draft);
    }

    @Test
    void ownersSeeOnlyTheirOwnAudits() {
        OwnerId alice = newOwner();
        OwnerId bob = newOwner();
        Audit a1 = created(AuditSamples.draft(alice, T0));
        Audit a2 = created(AuditSamples.draft(alice, T0.plusSeconds(1)));
        Audit b1 = created(AuditSamples.draft(bob, T0.plusSeconds(2)));
        created(Audit.startForGuest(newId(), scheme(), null, AuditSamples.newGuestToken().hash(), T0.plusSeconds(3)));

        assertThat(ids(repository().findByOwner(alice, 0, 10))).containsExactly(a2.id().toString(),
                a1.id().toString());
        assertThat(ids(repository().findByOwner(bob, 0, 10))).containsExactly(b1.id().toString());
        assertThat(repository().countByOwner(alice)).isEqualTo(2);
        assertThat(repository().countByOwner(bob)).isEqualTo(1);
        OwnerId nobody = newOwner();
        assertThat(repository().findByOwner(nobody, 0, 10)).isEmpty();
        assertThat(repository().countByOwner(nobody)).isZero();
    }

    @Test
    void ownerIdsCompareExactlyWithCaseAndTrailingSpaces() {
        String base = "Owner-" + newId();
        OwnerId exact = new OwnerId(base);
        List<OwnerId> lookalikes = List.of(new OwnerId(base.toLowerCase(Locale.ROOT)),
                new OwnerId(base.toUpperCase(Locale.ROOT)), new OwnerId(base + " "),
                new OwnerId(base + "  "), new OwnerId(" " + base));
        Audit mine = created(AuditSamples.draft(exact, T0));
        for (OwnerId other : lookalikes) {
            created(AuditSamples.draft(other, T0.plusSeconds(1)));
        }

        assertThat(ids(repository().findByOwner(exact, 0, 10))).containsExactly(mine.id().toString());
        assertThat(repository().countByOwner(exact)).isEqualTo(1);
        for (OwnerId other : lookalikes) {
            assertThat(repository().countByOwner(other)).as("count of '%s'", other).isEqualTo(1);
            assertThat(repository().findByOwner(other, 0, 10)).singleElement()
                    .satisfies(a -> assertThat(a.owner()).contains(other));
        }
        assertThat(stored(mine.id()).owner()).contains(exact);
    }

    @Test
    void findByOwnerRejectsANegativeOffsetOrLimitAndAcceptsAZeroLimit() {
        OwnerId owner = newOwner();
        created(AuditSamples.draft(owner, T0));

        assertThatThrownBy(() -> repository().findByOwner(owner, -1, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> repository().findByOwner(owner, 0, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository().findByOwner(owner, 0, 0)).isEmpty();
    }

    // --- concurrency -------------------------------------------------------------------------------------------

    @Test
    void concurrentUpdatesOfDistinctQuestionsLoseNoAcknowledgedAnswer() throws Exception {
        Audit draft = created(AuditSamples.draft(newOwner(), T0));
        int threads = 8;
        int perThread = ContractQuestionnaire.NOTES / threads;
        List<Long> versions = Collections.synchronizedList(new ArrayList<>());

        runConcurrently(threads, thread -> {
            for (int i = 0; i < perThread; i++) {
                QuestionId question = ContractQuestionnaire.note(thread * perThread + i);
                AnswerValue value = new AnswerValue.Text("thread " + thread + ", save " + i);
                Audit saved = repository().update(draft.id(), a -> a.answer(scheme(), question, value,
                        T0.plusSeconds(1)));
                assertThat(saved.answers().get(question)).contains(value);
                versions.add(saved.version());
            }
        });

        Audit found = stored(draft.id());
        assertThat(found.answers().size()).isEqualTo(threads * perThread);
        for (int thread = 0; thread < threads; thread++) {
            for (int i = 0; i < perThread; i++) {
                assertThat(found.answers().get(ContractQuestionnaire.note(thread * perThread + i)))
                        .contains(new AnswerValue.Text("thread " + thread + ", save " + i));
            }
        }
        assertThat(found.version()).isEqualTo(1 + threads * perThread);
        assertThat(versions).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(2, 1 + threads * perThread).boxed().toList());
    }

    @Test
    void concurrentUpdatesOfOneQuestionAreSerialised() throws Exception {
        Audit draft = created(AuditSamples.draft(newOwner(), T0));
        int threads = 8;
        int perThread = 25;
        List<Audit> acknowledged = Collections.synchronizedList(new ArrayList<>());

        runConcurrently(threads, thread -> {
            for (int i = 0; i < perThread; i++) {
                AnswerValue value = new AnswerValue.Text("thread " + thread + ", save " + i);
                Audit saved = repository().update(draft.id(), a -> a.answer(scheme(), ContractQuestionnaire.COMMENTS,
                        value, T0.plusSeconds(1)));
                assertThat(saved.answers().get(ContractQuestionnaire.COMMENTS)).contains(value);
                acknowledged.add(saved);
            }
        });

        List<Audit> inOrder = acknowledged.stream().sorted(Comparator.comparingLong(Audit::version)).toList();
        assertThat(inOrder).extracting(Audit::version)
                .containsExactlyElementsOf(LongStream.rangeClosed(2, 1 + threads * perThread).boxed().toList());
        Audit found = stored(draft.id());
        assertSameAudit(found, inOrder.getLast());
        assertThat(found.answers().size()).isEqualTo(1);
    }

    @Test
    void concurrentUpdatesOfDifferentAuditsAllSucceed() throws Exception {
        int threads = 8;
        int perThread = 25;
        List<Audit> drafts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            drafts.add(created(AuditSamples.draft(newOwner(), T0)));
        }

        runConcurrently(threads, thread -> {
            AuditId id = drafts.get(thread).id();
            for (int i = 0; i < perThread; i++) {
                int step = i;
                repository().update(id, a -> {
                    Audit answered = a.answer(scheme(), ContractQuestionnaire.note(step),
                            new AnswerValue.Text("step " + step), T0.plusSeconds(step));
                    return step == 0 ? answered
                            : answered.clear(scheme(), ContractQuestionnaire.note(step - 1), T0.plusSeconds(step));
                });
            }
        });

        for (Audit draft : drafts) {
            Audit found = stored(draft.id());
            assertThat(found.answers().asMap()).containsExactly(
                    Map.entry(ContractQuestionnaire.note(perThread - 1), new AnswerValue.Text("step " + (perThread - 1))));
            assertThat(found.version()).isEqualTo(1 + 1 + 2L * (perThread - 1));
        }
    }

    @Test
    void readsDuringConcurrentUpdatesSeeWholeChangesOnly() throws Exception {
        OwnerId owner = newOwner();
        Audit draft = created(AuditSamples.draft(owner, T0));
        int writers = 4;
        int readers = 2;
        int perWriter = 25;
        CountDownLatch readersStarted = new CountDownLatch(readers);
        AtomicInteger finishedWriters = new AtomicInteger();
        AtomicInteger readsDuringWrites = new AtomicInteger();

        runConcurrently(writers + readers, thread -> {
            if (thread < writers) {
                try {
                    // Let the readers get going first, so that reads and writes really overlap.
                    assertThat(readersStarted.await(30, TimeUnit.SECONDS)).as("readers started").isTrue();
                    for (int i = 0; i < perWriter; i++) {
                        if (i == perWriter / 2) {
                            awaitReads(readsDuringWrites, 10);
                        }
                        QuestionId question = ContractQuestionnaire.note(thread * perWriter + i);
                        repository().update(draft.id(), a -> a.answer(scheme(), question,
                                new AnswerValue.Text("seen"), T0.plusSeconds(1)));
                    }
                } finally {
                    finishedWriters.incrementAndGet();
                }
                return;
            }
            boolean first = true;
            do {
                boolean writing = finishedWriters.get() < writers;
                // Every update adds exactly one answer, so a whole change always shows answers = version - 1.
                Audit seen = thread % 2 == 0 ? stored(draft.id())
                        : repository().findByOwner(owner, 0, 1).getFirst();
                assertThat(seen.answers().size()).as("answers at version %d", seen.version())
                        .isEqualTo(seen.version() - 1);
                if (first) {
                    readersStarted.countDown();
                    first = false;
                } else if (writing) {
                    readsDuringWrites.incrementAndGet();
                }
            } while (finishedWriters.get() < writers);
        });

        assertThat(stored(draft.id()).version()).isEqualTo(1 + writers * perWriter);
        assertThat(readsDuringWrites.get()).isPositive();
    }

    /** Halfway through, writers wait for some reads, so that a fast repository cannot finish before any read. */
    private static void awaitReads(AtomicInteger reads, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (reads.get() < atLeast) {
            assertThat(System.nanoTime()).as("%d reads during the writes", atLeast).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    /** A task per thread, all released at once; fails with the first failure of any thread. */
    @Test
    void storesAGuestAuditByTheHashOfItsTokenAndFindsItByThatHash() {
        GuestToken token = AuditSamples.newGuestToken();
        Audit guest = created(AuditSamples.guestDraft(token, T0));

        assertSameAudit(stored(guest.id()), guest);
        assertThat(repository().findByGuestToken(token.hash())).hasValueSatisfying(found ->
                assertThat(found.id()).isEqualTo(guest.id()));
        assertThat(repository().findByGuestToken(AuditSamples.newGuestToken().hash())).isEmpty();
    }

    @Test
    void keepsTheEmailAGuestGaveAndTheClaimThatEndsTheToken() {
        GuestToken token = AuditSamples.newGuestToken();
        Audit guest = created(AuditSamples.guestDraft(token, T0));
        UserIdentity user = new UserIdentity("claimant-" + UUID.randomUUID(), null, Set.of());

        Audit withEmail = repository().update(guest.id(), a -> a.withGuestEmail(
                new EmailAddress("Guest.Person@Example.com"), T0.plusSeconds(1)));
        assertSameAudit(stored(guest.id()), withEmail);
        assertThat(stored(guest.id()).guestEmail()).contains(new EmailAddress("guest.person@example.com"));

        Audit claimed = repository().update(guest.id(), a -> a.claim(user, T0.plusSeconds(2)));
        assertSameAudit(stored(guest.id()), claimed);
        assertThat(stored(guest.id()).owner()).contains(OwnerId.of(user));
        assertThat(repository().findByGuestToken(token.hash())).isEmpty();
        assertThat(repository().findByOwner(OwnerId.of(user), 0, 10)).extracting(Audit::id).containsExactly(guest.id());
    }

    protected static void runConcurrently(int threads, ThreadTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    task.run(thread);
                    return null;
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("threads ready").isTrue();
            go.countDown();
            long deadline = System.nanoTime() + CONCURRENCY_TIMEOUT.toNanos();
            for (Future<?> future : futures) {
                try {
                    future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e;
                }
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).as("threads stopped").isTrue();
        }
    }

    /** The work of one thread of {@link #runConcurrently}. */
    @FunctionalInterface
    protected interface ThreadTask {
        void run(int thread) throws Exception;
    }
}

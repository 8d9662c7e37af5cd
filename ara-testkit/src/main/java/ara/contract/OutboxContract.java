package ara.contract;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.outbox.DeliveryAttempt;
import ara.application.port.out.outbox.DeliveryAttempt.Outcome;
import ara.application.port.out.outbox.EventOutbox;
import ara.application.port.out.outbox.PendingEvent;
import ara.application.port.out.outbox.Settlement;
import ara.application.port.out.report.ReportRepository;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.event.DomainEvent;
import ara.domain.event.EventType;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.identity.UserIdentity;
import ara.domain.report.Report;
import ara.domain.report.ReportId;
import ara.domain.report.ReportOptions;
import ara.domain.report.ReportRetryPolicy;
import ara.domain.report.ReportTemplate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static ara.contract.AuditSamples.guestDraft;
import static ara.contract.AuditSamples.newGuestToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour of the transactional outbox every store must have, as one abstract test: the repositories append
 * events with their changes (an event exists if and only if its change committed) and the {@link EventOutbox} hands
 * them out under leases (two dispatchers never hold one event at once; a lapsed lease yields exactly one more
 * delivery; a failed event waits for its next attempt). Each adapter's test extends it and supplies linked adapters
 * over one store. Tests share the store: each works in its own era, earlier than every earlier test's, so what it
 * claims is its own.
 */
public abstract class OutboxContract {
    private static final Instant LATEST = Instant.parse("2900-01-01T00:00:00Z");
    private static final AtomicInteger TESTS = new AtomicInteger();
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    /** This test's own moment: a microsecond-precise instant earlier than any earlier test's. */
    private final Instant t0 = LATEST.minus(Duration.ofDays(366L * TESTS.incrementAndGet()))
            .plusNanos(123_456_000L).truncatedTo(ChronoUnit.MICROS);

    /** The audits, appending their events to {@link #outbox()}. */
    protected abstract AuditRepository audits();

    /** The reports, appending their events to {@link #outbox()}. */
    protected abstract ReportRepository reports();

    protected abstract EventOutbox outbox();

    /** Stores an event directly, outside any change (to provoke a conflict with the next change's event). */
    protected abstract void plant(DomainEvent event);

    private Audit guestAudit() {
        return audits().create(guestDraft(newGuestToken(), t0));
    }

    /** This test's events of one audit, claimed at {@code now} (and so leased to {@code holder}). */
    private List<DomainEvent> claimEvents(AuditId audit, Instant now) {
        return outbox().claim(now, 1000, "inspector", Duration.ofDays(100)).stream().map(PendingEvent::event)
                .filter(event -> event.audit().equals(audit)).toList();
    }

    private static List<EventType> types(List<DomainEvent> events) {
        return events.stream().map(DomainEvent::type).toList();
    }

    @Test
    void appendsTheEventsOfEachStoredChangeWithTheirPayload() {
        Audit audit = guestAudit();
        audits().update(audit.id(), current -> current.answerAll(AuditSamples.scheme(), AuditSamples.validAnswers(),
                t0.plusSeconds(1)));
        audits().update(audit.id(), current -> current.withGuestEmail(new EmailAddress("guest@example.com"),
                t0.plusSeconds(2)));
        audits().update(audit.id(), current -> current.submit(AuditSamples.scheme(), GuestSubmitPolicy.EMAIL,
                t0.plusSeconds(3)));
        Audit claimed = audits().update(audit.id(), current -> current.claim(new UserIdentity("user-" + UUID
                .randomUUID(), "user@example.com", Set.of()), t0.plusSeconds(4)));

        List<DomainEvent> events = claimEvents(audit.id(), t0.plusSeconds(5));

        // The autosave of answers is no event; each other change is exactly one.
        assertThat(types(events)).containsExactly(EventType.AUDIT_STARTED, EventType.AUDIT_GUEST_EMAIL_GIVEN,
                EventType.AUDIT_SUBMITTED, EventType.AUDIT_CLAIMED);
        DomainEvent submitted = events.get(2);
        assertThat(submitted.occurredAt()).isEqualTo(t0.plusSeconds(3));
        assertThat(submitted.status()).isEqualTo("scored");
        assertThat(submitted.questionnaire()).contains(audit.questionnaire());
        assertThat(submitted.questionnaireVersion()).hasValue(audit.questionnaireVersion());
        assertThat(submitted.total()).isPresent();
        assertThat(submitted.level()).isPresent();
        assertThat(submitted.report()).isEmpty();
        assertThat(events.getFirst().total()).isEmpty();
        assertThat(events.getFirst().id())
                .isEqualTo(DomainEvent.idOf(EventType.AUDIT_STARTED, audit.id().value(), 1));
        assertThat(events.getLast().status()).isEqualTo(claimed.status().code());
        assertThat(events).extracting(DomainEvent::toString)
                .noneMatch(text -> text.contains("example.com"));
    }

    @Test
    void aReportThatFailsOrBecomesReadyTellsSo() {
        Audit audit = guestAudit();
        ReportRetryPolicy policy = new ReportRetryPolicy(1, Duration.ofSeconds(30), Duration.ofMinutes(5));
        Report report = reports().createUnlessActive(Report.request(new ReportId(UUID.randomUUID()), audit.id(),
                ReportTemplate.STANDARD, ReportOptions.none(), t0));
        reports().update(report.id(), current -> current.claim("worker", t0.plusSeconds(1), LEASE, policy));
        Report failed = reports().update(report.id(), current -> current.fail("worker", "the logo is not an image",
                t0.plusSeconds(2)));

        List<DomainEvent> events = claimEvents(audit.id(), t0.plusSeconds(3));

        assertThat(types(events)).containsExactly(EventType.AUDIT_STARTED, EventType.REPORT_FAILED);
        DomainEvent reportFailed = events.get(1);
        assertThat(reportFailed.report()).contains(report.id());
        assertThat(reportFailed.status()).isEqualTo("failed");
        assertThat(reportFailed.occurredAt()).isEqualTo(failed.updatedAt());
        assertThat(reportFailed.id()).isEqualTo(DomainEvent.idOf(EventType.REPORT_FAILED, report.id().value(),
                failed.version()));
    }

    @Test
    void anEventExistsOnlyIfItsChangeCommitted() {
        Audit audit = guestAudit();
        // A change that throws stores nothing and tells nothing.
        assertThatThrownBy(() -> audits().update(audit.id(), current -> {
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);
        // The next change's event collides with one already stored: the change itself must roll back with it.
        DomainEvent planted = new DomainEvent(DomainEvent.idOf(EventType.AUDIT_GUEST_EMAIL_GIVEN, audit.id().value(),
                audit.version() + 1), EventType.AUDIT_GUEST_EMAIL_GIVEN, t0, audit.id(), Optional.empty(), "planted",
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
        plant(planted);

        assertThatThrownBy(() -> audits().update(audit.id(), current -> current.withGuestEmail(
                new EmailAddress("guest@example.com"), t0.plusSeconds(1)))).isInstanceOf(RuntimeException.class);

        Audit after = audits().find(audit.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(audit.version());
        assertThat(after.guestEmail()).isEmpty();
        assertThat(claimEvents(audit.id(), t0.plusSeconds(2))).extracting(DomainEvent::status)
                .containsExactlyInAnyOrder("draft", "planted");
        // A duplicate audit is refused and adds no second started event.
        assertThatThrownBy(() -> audits().create(audit)).isInstanceOf(IllegalStateException.class);
        assertThat(claimEvents(audit.id(), t0.plus(Duration.ofDays(2)))).isEmpty();
    }

    @Test
    void twoDispatchersNeverDeliverOneEventConcurrently() throws Exception {
        List<AuditId> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(guestAudit().id());
        }
        Instant now = t0.plusSeconds(1);
        Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> dispatchers = new ArrayList<>();
            for (String holder : List.of("dispatcher-a", "dispatcher-b")) {
                dispatchers.add(threads.submit(() -> {
                    start.await();
                    int handled = 0;
                    for (List<PendingEvent> batch = outbox().claim(now, 3, holder, LEASE); !batch.isEmpty();
                         batch = outbox().claim(now, 3, holder, LEASE)) {
                        for (PendingEvent pending : batch) {
                            UUID id = pending.event().id();
                            if (!inFlight.add(id)) {
                                overlaps.incrementAndGet();
                            }
                            deliveries.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
                            Thread.sleep(1);
                            inFlight.remove(id);
                            assertThat(outbox().delivered(id, holder, now)).isTrue();
                            handled++;
                        }
                    }
                    return handled;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> dispatcher : dispatchers) {
                total += dispatcher.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(ids.size());
        } finally {
            threads.shutdownNow();
        }
        assertThat(overlaps).hasValue(0);
        assertThat(deliveries).hasSize(ids.size());
        assertThat(deliveries.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(outbox().claim(now.plus(Duration.ofDays(1)), 100, "late", LEASE)).isEmpty();
    }

    @Test
    void aLapsedLeaseLeadsToExactlyOneMoreDelivery() throws Exception {
        Audit audit = guestAudit();
        List<PendingEvent> first = outbox().claim(t0.plusSeconds(1), 10, "crashing", LEASE);
        assertThat(first).hasSize(1);
        assertThat(first.getFirst().attempts()).isEqualTo(1);
        UUID id = first.getFirst().event().id();
        // The holder dies mid-delivery: nobody else gets the event while its lease runs.
        assertThat(outbox().claim(t0.plusSeconds(59), 10, "early", LEASE)).isEmpty();

        Instant lapsed = t0.plusSeconds(62);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<PendingEvent> retaken = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<PendingEvent>>> claims = new ArrayList<>();
            for (String holder : List.of("survivor-a", "survivor-b")) {
                claims.add(threads.submit(() -> {
                    start.await();
                    return outbox().claim(lapsed, 10, holder, LEASE);
                }));
            }
            start.countDown();
            for (Future<List<PendingEvent>> claim : claims) {
                retaken.addAll(claim.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(retaken).hasSize(1);
        PendingEvent again = retaken.getFirst();
        assertThat(again.event().id()).isEqualTo(id);
        assertThat(again.event().audit()).isEqualTo(audit.id());
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(outbox().delivered(id, again.holder(), lapsed)).isTrue();
        // The crashed holder coming back finds its lease gone.
        assertThat(outbox().delivered(id, "crashing", lapsed)).isFalse();
        assertThat(outbox().claim(lapsed.plus(Duration.ofDays(1)), 10, "later", LEASE)).isEmpty();
    }

    @Test
    void aFailedEventWaitsForItsNextAttemptAndKeepsWhatWasDelivered() {
        guestAudit();
        PendingEvent pending = outbox().claim(t0.plusSeconds(1), 10, "dispatcher", LEASE).getFirst();
        UUID id = pending.event().id();
        outbox().recordAttempt(new DeliveryAttempt(id, "mail", 1, t0.plusSeconds(1), Outcome.DELIVERED,
                Optional.empty(), Duration.ofMillis(12)));
        outbox().recordAttempt(new DeliveryAttempt(id, "webhook", 1, t0.plusSeconds(2), Outcome.FAILED,
                Optional.of("HTTP 500 «Ünïcödé»"), Duration.ofMillis(3_456)));
        Instant next = t0.plusSeconds(20);
        assertThat(outbox().retryAt(id, "dispatcher", next, "webhook: HTTP 500")).isTrue();

        assertThat(outbox().claim(next.minusMillis(1), 10, "dispatcher", LEASE)).isEmpty();
        List<PendingEvent> retried = outbox().claim(next, 10, "dispatcher", LEASE);

        assertThat(retried).hasSize(1);
        assertThat(retried.getFirst().attempts()).isEqualTo(2);
        assertThat(retried.getFirst().deliveredChannels()).containsExactly("mail");
        assertThat(outbox().attempts(id)).containsExactly(
                new DeliveryAttempt(id, "mail", 1, t0.plusSeconds(1), Outcome.DELIVERED, Optional.empty(),
                        Duration.ofMillis(12)),
                new DeliveryAttempt(id, "webhook", 1, t0.plusSeconds(2), Outcome.FAILED,
                        Optional.of("HTTP 500 «Ünïcödé»"), Duration.ofMillis(3_456)));
        assertThat(outbox().giveUp(id, "dispatcher", next, "too old")).isTrue();
        assertThat(outbox().claim(next.plus(Duration.ofDays(300)), 10, "dispatcher", LEASE)).isEmpty();
    }

    @Test
    void aRoundIsSettledWithItsAttemptsWhereTheHolderStillHoldsTheEvent() {
        guestAudit();
        guestAudit();
        guestAudit();
        List<PendingEvent> claimed = outbox().claim(t0.plusSeconds(1), 2, "round", LEASE);
        List<PendingEvent> shortLease = outbox().claim(t0.plusSeconds(1), 1, "round", Duration.ofSeconds(1));
        assertThat(claimed).hasSize(2);
        assertThat(shortLease).hasSize(1);
        UUID delivered = claimed.get(0).event().id();
        UUID retried = claimed.get(1).event().id();
        UUID lost = shortLease.getFirst().event().id();
        // The third event's lease lapses and another dispatcher takes it before this round settles.
        assertThat(outbox().claim(t0.plusSeconds(3), 10, "other", LEASE)).extracting(p -> p.event().id())
                .containsExactly(lost);
        Instant settled = t0.plusSeconds(4);
        DeliveryAttempt ok = new DeliveryAttempt(delivered, "mail", 1, t0.plusSeconds(2), Outcome.DELIVERED,
                Optional.empty(), Duration.ofMillis(5));
        DeliveryAttempt failed = new DeliveryAttempt(retried, "webhook:a", 1, t0.plusSeconds(3), Outcome.FAILED,
                Optional.of("HTTP 500"), Duration.ofMillis(7));
        DeliveryAttempt late = new DeliveryAttempt(lost, "mail", 1, t0.plusSeconds(4), Outcome.DELIVERED,
                Optional.empty(), Duration.ofMillis(9));
        Instant next = t0.plusSeconds(30);

        Set<UUID> applied = outbox().settle(List.of(
                new Settlement(delivered, "round", List.of(ok), Settlement.Ending.DELIVERED, settled,
                        Optional.empty()),
                new Settlement(retried, "round", List.of(failed), Settlement.Ending.RETRY, next,
                        Optional.of("webhook:a: HTTP 500")),
                new Settlement(lost, "round", List.of(late), Settlement.Ending.DELIVERED, settled, Optional.empty())));

        assertThat(applied).containsExactlyInAnyOrder(delivered, retried);
        assertThat(outbox().attempts(delivered)).containsExactly(ok);
        assertThat(outbox().attempts(retried)).containsExactly(failed);
        assertThat(outbox().attempts(lost)).as("an attempt is recorded even when the lease was lost")
                .containsExactly(late);
        assertThat(outbox().claim(next, 10, "round", LEASE)).extracting(p -> p.event().id())
                .containsExactly(retried);
        List<PendingEvent> afterOthersLease = outbox().claim(t0.plusSeconds(64), 10, "later", LEASE);
        assertThat(afterOthersLease).singleElement().satisfies(p -> {
            assertThat(p.event().id()).isEqualTo(lost);
            assertThat(p.deliveredChannels()).containsExactly("mail");
        });
    }

    @Test
    void findsAnEventAndListsAChannelsAttemptsNewestFirst() {
        Audit audit = guestAudit();
        DomainEvent event = claimEvents(audit.id(), t0.plusSeconds(1)).getFirst();
        String channel = "webhook:" + UUID.randomUUID();
        for (int attempt = 1; attempt <= 3; attempt++) {
            outbox().recordAttempt(new DeliveryAttempt(event.id(), channel, attempt, t0.plusSeconds(attempt),
                    attempt == 3 ? Outcome.DELIVERED : Outcome.FAILED,
                    attempt == 3 ? Optional.empty() : Optional.of("answered 500"), Duration.ofMillis(attempt)));
        }
        outbox().recordAttempt(new DeliveryAttempt(event.id(), "mail", 1, t0.plusSeconds(1), Outcome.DELIVERED,
                Optional.empty(), Duration.ofMillis(1)));

        assertThat(outbox().find(event.id())).contains(event);
        assertThat(outbox().find(UUID.randomUUID())).isEmpty();
        assertThat(outbox().attemptsOf(channel, 0, 2)).extracting(DeliveryAttempt::attempt).containsExactly(3, 2);
        assertThat(outbox().attemptsOf(channel, 2, 2)).extracting(DeliveryAttempt::attempt).containsExactly(1);
        assertThat(outbox().attemptsOf(channel, 0, 10)).allSatisfy(
                attempt -> assertThat(attempt.channel()).isEqualTo(channel));
        assertThat(outbox().attemptsOf("webhook:" + UUID.randomUUID(), 0, 10)).isEmpty();
    }

    @Test
    void theBacklogShowsTheOldestWaitingEventAndRetentionRemovesOldOnes() {
        Audit audit = guestAudit();
        // This test's era is the earliest yet: its event is the oldest waiting one.
        assertThat(outbox().backlog().oldestPending()).contains(audit.createdAt());
        assertThat(outbox().backlog().pending()).isPositive();
        PendingEvent pending = outbox().claim(t0.plusSeconds(1), 10, "dispatcher", LEASE).getFirst();
        outbox().recordAttempt(new DeliveryAttempt(pending.event().id(), "mail", 1, t0.plusSeconds(1),
                Outcome.DELIVERED, Optional.empty(), Duration.ofMillis(5)));
        outbox().delivered(pending.event().id(), "dispatcher", t0.plusSeconds(1));
        // Left: only later events (of tests that ran before), if any.
        assertThat(outbox().backlog().oldestPending().map(oldest -> oldest.isAfter(audit.createdAt())))
                .isNotEqualTo(Optional.of(false));

        assertThat(outbox().countOccurredBefore(t0.plusSeconds(1))).isEqualTo(1);
        assertThat(outbox().deleteOccurredBefore(t0.plusSeconds(1), 100)).isEqualTo(1);

        assertThat(outbox().attempts(pending.event().id())).isEmpty();
        assertThat(outbox().deleteOccurredBefore(t0.plusSeconds(1), 100)).isZero();
        assertThat(outbox().countOccurredBefore(t0.plusSeconds(1))).isZero();
    }
}

package ara.contract;

import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.port.out.questionnaire.QuestionnairePublisher;
import ara.application.port.out.questionnaire.QuestionnaireRejected;
import ara.application.port.out.questionnaire.QuestionnaireVersion;
import ara.application.port.out.questionnaire.QuestionnaireVersionTaken;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every publishing catalog must have over a shared store: a published version is served at once by
 * the instance that published it, by another instance on a miss or after its refresh time, and by a new instance
 * (a restart); versions only go up; invalid documents are refused naming the element; shipped versions stay. Each
 * test publishes a questionnaire id of its own, so tests sharing a store never collide.
 */
public abstract class QuestionnairePublisherContract {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    /** One instance of ARA's catalog: what it serves and how it publishes (usually one object). */
    public record Instance(QuestionnaireCatalog catalog, QuestionnairePublisher publisher) {
        QuestionnaireVersion publish(byte[] document, String by, Instant at) {
            return publisher.publish(document, by, at);
        }

        Optional<ScoringScheme> current(QuestionnaireId id) {
            return catalog.current(id);
        }

        Optional<ScoringScheme> find(QuestionnaireId id, int version) {
            return catalog.find(id, version);
        }

        List<QuestionnaireVersion> versions() {
            return publisher.versions();
        }
    }

    /** A catalog instance over the store under test (the same store every call), reading the time from clock. */
    protected abstract Instance instance(MovableClock clock);

    /** A valid catalog document with {@code "id": "classic"} and {@code "version": 1} (the shipped classic file). */
    protected abstract String shippedDocument();

    /** How long an instance may serve an older current version (the catalog's refresh time). */
    protected abstract Duration refresh();

    private byte[] document(String id, int version) {
        String text = shippedDocument().replaceFirst("\"id\"\\s*:\\s*\"classic\"", "\"id\": \"" + id + "\"")
                .replaceFirst("\"version\"\\s*:\\s*1,", "\"version\": " + version + ",");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String newId() {
        return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void aPublishedVersionIsServedAtOnceAndTheShippedOnesStay() {
        var catalog = instance(new MovableClock(NOW));
        String id = newId();

        QuestionnaireVersion published = catalog.publish(document(id, 1), "user:root", NOW);

        assertThat(published.id()).isEqualTo(QuestionnaireId.of(id));
        assertThat(published.publishedBy()).contains("user:root");
        assertThat(catalog.current(QuestionnaireId.of(id))).map(scheme -> scheme.definition().version()).contains(1);
        assertThat(catalog.find(QuestionnaireId.of("classic"), 1)).isPresent();
        assertThat(catalog.versions()).anyMatch(version -> version.id().value().equals(id) && !version.shipped())
                .anyMatch(version -> version.id().value().equals("classic") && version.shipped());
    }

    @Test
    void aNewerVersionBecomesCurrentWhileTheOlderStaysFindable() {
        var catalog = instance(new MovableClock(NOW));
        String id = newId();
        catalog.publish(document(id, 1), "user:root", NOW);
        ScoringScheme first = catalog.find(QuestionnaireId.of(id), 1).orElseThrow();

        catalog.publish(document(id, 2), "user:root", NOW);

        assertThat(catalog.current(QuestionnaireId.of(id))).map(scheme -> scheme.definition().version()).contains(2);
        assertThat(catalog.find(QuestionnaireId.of(id), 1)).as("audits pinned to v1 keep it").contains(first);
    }

    @Test
    void versionsOnlyGoUp() {
        var catalog = instance(new MovableClock(NOW));
        String id = newId();
        catalog.publish(document(id, 2), "user:root", NOW);

        assertThatThrownBy(() -> catalog.publish(document(id, 2), "user:root", NOW))
                .isInstanceOf(QuestionnaireVersionTaken.class).hasMessageContaining("v3");
        assertThatThrownBy(() -> catalog.publish(document(id, 1), "user:root", NOW))
                .isInstanceOf(QuestionnaireVersionTaken.class);
        assertThatThrownBy(() -> catalog.publish(document("classic", 1), "user:root", NOW))
                .as("a shipped version cannot be replaced").isInstanceOf(QuestionnaireVersionTaken.class);
    }

    @Test
    void anInvalidDocumentIsRefusedNamingTheElementAndNothingIsStored() {
        var catalog = instance(new MovableClock(NOW));
        String id = newId();
        String broken = new String(document(id, 1), StandardCharsets.UTF_8)
                .replaceFirst("\"estimatedMinutes\"\\s*:\\s*15", "\"estimatedMinutes\": \"soon\"");

        assertThatThrownBy(() -> catalog.publish(broken.getBytes(StandardCharsets.UTF_8), "user:root", NOW))
                .isInstanceOfSatisfying(QuestionnaireRejected.class, e ->
                        assertThat(e.element()).isEqualTo("estimatedMinutes"));
        assertThatThrownBy(() -> catalog.publish("{".getBytes(StandardCharsets.UTF_8), "user:root", NOW))
                .isInstanceOf(QuestionnaireRejected.class).hasMessageContaining("malformed JSON");
        assertThat(catalog.current(QuestionnaireId.of(id))).isEmpty();
    }

    @Test
    void anotherInstanceFindsAPinnedVersionAtOnceAndTheNewCurrentAfterItsRefresh() {
        MovableClock otherClock = new MovableClock(NOW);
        var other = instance(otherClock);
        var publisher = instance(new MovableClock(NOW));
        String id = newId();
        publisher.publish(document(id, 1), "user:root", NOW);
        otherClock.advance(Duration.ofSeconds(1));
        assertThat(other.find(QuestionnaireId.of(id), 1)).as("a miss reloads").isPresent();

        publisher.publish(document(id, 2), "user:root", NOW);
        otherClock.advance(refresh().minusSeconds(1).minusSeconds(1));
        assertThat(other.current(QuestionnaireId.of(id))).map(scheme -> scheme.definition().version())
                .as("within the refresh time").contains(1);
        otherClock.advance(refresh());
        assertThat(other.current(QuestionnaireId.of(id))).map(scheme -> scheme.definition().version()).contains(2);
    }

    @Test
    void aNewInstanceStartsWithEveryPublishedVersion() {
        String id = newId();
        instance(new MovableClock(NOW)).publish(document(id, 1), "user:root", NOW);

        var restarted = instance(new MovableClock(NOW));

        assertThat(restarted.find(QuestionnaireId.of(id), 1)).isPresent();
        assertThat(restarted.versions()).anyMatch(version -> version.id().value().equals(id)
                && version.publishedAt().equals(Optional.of(NOW)));
    }
}

package ara.adapter.assistant.offline;

import ara.domain.questionnaire.StepId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Bm25IndexTest {
    private final Bm25Index index = new Bm25Index(List.of(
            new Passage("Deployment", "How do you deploy: manual, scripted, CI/CD pipelines or GitOps.", null),
            new Passage("Monitoring", "Monitoring, alerting, log aggregation and tracing.", null),
            new Passage("Deployment advice", "Automate deployment with a pipeline.", StepId.of("ops"))));

    @Test
    void ranksByTermsAndPrefersRarerTerms() {
        List<Bm25Index.Hit> hits = index.search("how do we deploy with pipelines?", 3, p -> 1);

        assertThat(hits).extracting(h -> h.passage().title()).first().isEqualTo("Deployment");
        assertThat(hits).extracting(h -> h.passage().title()).doesNotContain("Monitoring");
    }

    @Test
    void boostsAndLimits() {
        List<Bm25Index.Hit> hits = index.search("deployment pipeline", 1,
                p -> StepId.of("ops").equals(p.step()) ? 10 : 1);

        assertThat(hits).hasSize(1).first().extracting(h -> h.passage().title()).isEqualTo("Deployment advice");
        assertThat(index.search("kubernetes", 3, p -> 1)).isEmpty();
    }
}

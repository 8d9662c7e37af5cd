package ara.application.port.out.report;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.OwnerId;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.questionnaire.Step;
import ara.domain.questionnaire.StepId;
import ara.domain.report.ReportCustomization;
import ara.domain.report.ReportTemplate;
import ara.domain.scoring.ProfileRule;
import ara.domain.scoring.QuestionScoring;
import ara.domain.scoring.ScoringFunction;
import ara.domain.scoring.ScoringProfile;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportContentTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final PillarId PILLAR = PillarId.of("ops");
    private static final QuestionId SIZE = QuestionId.of("size");

    /** Two profiles: "small" for small organisations, "standard" otherwise. */
    private static ScoringScheme scheme(int scoringVersion) {
        StepId step = StepId.of("only");
        Question size = new Question(SIZE, step, QuestionType.SINGLE_SELECT, "How large?", "", "", true,
                List.of(AnswerOption.of("small", "Small", 1), AnswerOption.of("large", "Large", 2)), null, PILLAR,
                null, null, null);
        QuestionnaireDefinition definition = QuestionnaireDefinition.of(QuestionnaireId.of("mini"), 3, "Mini", "",
                1, List.of(new Step(step, "Only", "", 1, 1, List.of(size), null)),
                List.of(new Pillar(PILLAR, "Operations", "")), List.of());
        ScoringProfile standard = ScoringProfile.of("standard", 2, Map.of(PILLAR, 1.0),
                Map.of(SIZE, new QuestionScoring(1, new ScoringFunction.Weighted())));
        ScoringProfile small = standard.derive("small", Map.of(), Map.of());
        return ScoringScheme.of(definition, scoringVersion, List.of(standard, small),
                List.of(new ProfileRule(Condition.equalTo("size", "small"), "small")), "standard");
    }

    private static Audit scored(ScoringScheme scheme, String answer) {
        return draft(scheme).answerAll(scheme, Answers.of(Map.of(SIZE, new AnswerValue.Choice(answer))), NOW)
                .submit(scheme, GuestSubmitPolicy.OPEN, NOW);
    }

    private static Audit draft(ScoringScheme scheme) {
        return Audit.start(new AuditId(UUID.randomUUID()), scheme, "Acme", new OwnerId("owner"), NOW);
    }

    @Test
    void carriesTheDefinitionAndTheProfileThatScoredTheAudit() {
        ScoringScheme scheme = scheme(1);
        Audit audit = scored(scheme, "small");
        ReportContent content = ReportContent.of(audit, scheme, ReportTemplate.EXECUTIVE,
                ReportCustomization.none(), NOW);
        assertThat(content.profile().id()).isEqualTo("small");
        assertThat(content.definition()).isSameAs(scheme.definition());
        assertThat(content.result()).isEqualTo(audit.result().orElseThrow());
        assertThat(content.organizationName()).contains("Acme");
        assertThat(ReportContent.of(scored(scheme, "large"), scheme, ReportTemplate.EXECUTIVE,
                ReportCustomization.none(), NOW).profile().id()).isEqualTo("standard");
    }

    @Test
    void prefersTheCustomisationsName() {
        ScoringScheme scheme = scheme(1);
        ReportContent content = ReportContent.of(scored(scheme, "small"), scheme, ReportTemplate.STANDARD,
                ReportCustomization.none().withOrganizationName("Acme Europe"), NOW);
        assertThat(content.organizationName()).contains("Acme Europe");
    }

    @Test
    void refusesAnAuditWithoutAResult() {
        ScoringScheme scheme = scheme(1);
        assertThatThrownBy(() -> ReportContent.of(draft(scheme), scheme, ReportTemplate.STANDARD,
                ReportCustomization.none(), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no result");
    }

    @Test
    void refusesASchemeTheAuditIsNotPinnedTo() {
        Audit audit = scored(scheme(1), "small");
        assertThatThrownBy(() -> ReportContent.of(audit, scheme(2), ReportTemplate.STANDARD,
                ReportCustomization.none(), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scoring v1");
    }

    @Test
    void refusesAProfileOrResultThatDidNotScoreTheAudit() {
        ScoringScheme scheme = scheme(1);
        Audit audit = scored(scheme, "small");
        ScoringProfile other = scheme.models().get("standard").profile();
        assertThatThrownBy(() -> new ReportContent(audit, audit.result().orElseThrow(), scheme.definition(), other,
                ReportTemplate.STANDARD, ReportCustomization.none(), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("profile small");
        Audit another = scored(scheme, "large");
        assertThatThrownBy(() -> new ReportContent(audit, another.result().orElseThrow(), scheme.definition(),
                other, ReportTemplate.STANDARD, ReportCustomization.none(), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stored result");
    }
}

package ara.adapter.report.pdf;

import ara.application.port.out.report.ReportContent;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.OwnerId;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.questionnaire.Advice;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Effort;
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
import ara.domain.scoring.QuestionScoring;
import ara.domain.scoring.ScoringFunction;
import ara.domain.scoring.ScoringProfile;
import ara.domain.scoring.ScoringScheme;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tiny scored audit (one pillar, two questions) that the warm-up renders with the technical template, so that
 * every code path of a real render (fonts, chart, tables, every section) is loaded before the first real job.
 */
final class WarmUpSample {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private WarmUpSample() {
    }

    static ReportContent content() {
        PillarId pillar = PillarId.of("warm_up");
        StepId step = StepId.of("warm_up");
        QuestionId choice = QuestionId.of("warm_up_choice");
        QuestionId flag = QuestionId.of("warm_up_flag");
        Advice advice = new Advice("Warm up", "Render once before the first real report.", Effort.S, "Speed.");
        Question first = new Question(choice, step, QuestionType.SINGLE_SELECT, "Warm-up choice", "", "", true,
                List.of(AnswerOption.of("low", "Low", 1), AnswerOption.of("high", "High", 4)), null, pillar, null,
                null, advice);
        Question second = new Question(flag, step, QuestionType.YES_NO, "Warm-up flag", "", "", true, List.of(),
                null, pillar, null, null, advice);
        QuestionnaireDefinition definition = QuestionnaireDefinition.of(QuestionnaireId.of("warm_up"), 1,
                "Warm-up questionnaire", "", 1, List.of(new Step(step, "Warm-up", "", 1, 1, List.of(first, second),
                        null)), List.of(new Pillar(pillar, "Warm-up pillar", "")), List.of());
        ScoringProfile profile = ScoringProfile.of("warm_up", 1, Map.of(pillar, 1.0), Map.of(
                choice, new QuestionScoring(0.5, new ScoringFunction.Weighted()),
                flag, new QuestionScoring(0.5, new ScoringFunction.Linear())));
        ScoringScheme scheme = ScoringScheme.of(definition, 1, List.of(profile), List.of(), "warm_up");
        Audit audit = Audit.start(new AuditId(new UUID(0, 0)), scheme, "Warm-up", new OwnerId("warm-up"), AT)
                .answerAll(scheme, Answers.of(Map.of(choice, new AnswerValue.Choice("low"),
                        flag, new AnswerValue.Flag(true))), AT)
                .submit(scheme, GuestSubmitPolicy.OPEN, AT);
        return ReportContent.of(audit, scheme, ReportTemplate.TECHNICAL, ReportCustomization.none(), AT);
    }
}

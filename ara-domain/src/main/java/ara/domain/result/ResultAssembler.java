package ara.domain.result;

import ara.domain.answer.Answers;
import ara.domain.logic.CrossChecks;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.scoring.PillarScore;
import ara.domain.scoring.QuestionScore;
import ara.domain.scoring.Rounding;
import ara.domain.scoring.ScoreCard;
import ara.domain.scoring.ScoringFunction;
import ara.domain.scoring.ScoringModel;
import ara.domain.scoring.ScoringScheme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns answers into an {@link AuditResult}. Deterministic: the same answers and time give the same result; ties
 * are broken by wizard order. Stateless and thread-safe.
 *
 * <ul>
 *   <li>Strengths: the best pillar, then up to {@value #HIGHLIGHTS} answered questions scoring at least
 *       {@value #RECOMMEND_BELOW}, best first.</li>
 *   <li>Gaps: the weakest pillar, then up to {@value #HIGHLIGHTS} answered questions scoring below
 *       {@value #RECOMMEND_BELOW}, worst first.</li>
 *   <li>Recommendations: every answered visible question scoring below {@value #RECOMMEND_BELOW} that carries
 *       advice, with impact {@code r2((10 − q) × w × W_pillar)}, by impact (highest first).</li>
 * </ul>
 */
public final class ResultAssembler {
    /** A question scoring below this yields its recommendation. */
    public static final double RECOMMEND_BELOW = 7;
    /** How many questions a list of strengths or gaps names at most. */
    public static final int HIGHLIGHTS = 3;

    private ResultAssembler() {
    }

    public static AuditResult assemble(ScoringScheme scheme, Answers answers, Instant calculatedAt) {
        Visibility visibility = Visibility.of(scheme.definition(), answers);
        ScoringModel model = scheme.modelFor(visibility);
        ScoreCard card = model.score(visibility);
        QuestionnaireDefinition definition = scheme.definition();

        List<PillarResult> pillars = new ArrayList<>();
        for (PillarScore score : card.pillars()) {
            String title = definition.pillar(score.pillar()).map(Pillar::title).orElse(score.pillar().value());
            pillars.add(new PillarResult(score, title, MaturityLevel.of(score.summary().percent())));
        }
        Comparator<QuestionScore> wizardOrder = Comparator.comparingInt(q -> definition.position(q.question()));
        List<QuestionScore> answered = card.questions().stream().filter(QuestionScore::answered)
                .sorted(wizardOrder).toList();

        List<Recommendation> recommendations = recommendations(definition, card, answered);
        List<Insight> insights = CrossChecks.warnings(visibility).stream()
                .map(w -> new Insight(w.code(), w.message(), w.questions())).toList();
        return new AuditResult(definition.id(), definition.version(), scheme.version(), card,
                MaturityLevel.of(card.total().percent()), pillars, strengths(definition, pillars, answered),
                gaps(definition, pillars, answered), recommendations, roadmap(recommendations), insights,
                calculatedAt);
    }

    private static List<Recommendation> recommendations(QuestionnaireDefinition definition, ScoreCard card,
                                                        List<QuestionScore> answered) {
        List<Recommendation> result = new ArrayList<>();
        for (QuestionScore score : answered) {
            if (score.score() >= RECOMMEND_BELOW) {
                continue;
            }
            Question question = definition.question(score.question()).orElseThrow();
            double pillarWeight = card.pillar(score.pillar()).map(PillarScore::weight).orElse(0.0);
            double impact = Rounding.r2((ScoringFunction.MAX_SCORE - score.score())
                    * score.weight() * pillarWeight);
            question.improvementAdvice().ifPresent(advice -> result.add(new Recommendation(question.id(),
                    score.pillar(), advice.title(), advice.description(), advice.effort(), advice.expectedImpact(),
                    impact, Priority.forImpact(impact))));
        }
        // Stable sort: equal impacts keep wizard order.
        result.sort(Comparator.comparingDouble(Recommendation::impact).reversed());
        return List.copyOf(result);
    }

    private static List<RoadmapPhase> roadmap(List<Recommendation> recommendations) {
        List<RoadmapPhase> phases = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            phases.add(new RoadmapPhase(priority.window(),
                    recommendations.stream().filter(r -> r.priority() == priority).toList()));
        }
        return phases;
    }

    private static List<Highlight> strengths(QuestionnaireDefinition definition, List<PillarResult> pillars,
                                             List<QuestionScore> answered) {
        List<Highlight> result = new ArrayList<>();
        pillars.stream().filter(p -> p.score().summary().max() > 0)
                .max(Comparator.comparingDouble((PillarResult p) -> p.score().summary().percent())
                        .thenComparing(p -> -pillars.indexOf(p)))
                .ifPresent(best -> result.add(pillarHighlight(best)));
        answered.stream().filter(q -> q.score() >= RECOMMEND_BELOW)
                .sorted(Comparator.comparingDouble(QuestionScore::score).reversed())
                .limit(HIGHLIGHTS)
                .forEach(q -> result.add(questionHighlight(definition, q)));
        return result;
    }

    private static List<Highlight> gaps(QuestionnaireDefinition definition, List<PillarResult> pillars,
                                        List<QuestionScore> answered) {
        List<Highlight> result = new ArrayList<>();
        pillars.stream().filter(p -> p.score().summary().max() > 0)
                .min(Comparator.comparingDouble((PillarResult p) -> p.score().summary().percent())
                        .thenComparing(pillars::indexOf))
                .ifPresent(worst -> result.add(pillarHighlight(worst)));
        answered.stream().filter(q -> q.score() < RECOMMEND_BELOW)
                .sorted(Comparator.comparingDouble(QuestionScore::score))
                .limit(HIGHLIGHTS)
                .forEach(q -> result.add(questionHighlight(definition, q)));
        return result;
    }

    private static Highlight pillarHighlight(PillarResult pillar) {
        return new Highlight(Highlight.PILLAR, pillar.score().pillar().value(), pillar.title(),
                pillar.score().summary().percent());
    }

    private static Highlight questionHighlight(QuestionnaireDefinition definition, QuestionScore score) {
        String title = definition.question(score.question()).map(Question::title).orElse(score.question().value());
        return new Highlight(Highlight.QUESTION, score.question().value(), title,
                Rounding.percent(score.score(), score.max()));
    }
}

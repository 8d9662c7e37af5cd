package ara.domain.result;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.logic.CrossChecks;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Effort;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns answers into an {@link AuditResult} of result version {@value #RESULT_VERSION}. Deterministic: the same
 * answers and time give the same result; ties are broken by wizard order. Stateless and thread-safe. The scores are
 * the score card's, untouched; these rules only make the lists.
 *
 * <p>A question is <em>listed</em> when it is visible, answered, not {@linkplain Question#context() context} and
 * not answered with its {@linkplain Question#unknownOption() unknown option}.
 * <ul>
 *   <li>Strengths: the best pillar, then up to {@value #HIGHLIGHTS} listed questions scoring at least
 *       {@value #RECOMMEND_BELOW}, best first.</li>
 *   <li>Gaps: the weakest pillar, then up to {@value #HIGHLIGHTS} listed questions scoring below
 *       {@value #RECOMMEND_BELOW}, worst first.</li>
 *   <li>Knowledge gaps: visible questions that are not context, answered with their unknown option, in wizard
 *       order.</li>
 *   <li>Recommendations: IMPROVE for every listed scored question below {@value #RECOMMEND_BELOW} that carries
 *       advice, FIND_OUT (effort S) for every knowledge gap; impact {@code r2((10 − q) × w × W_pillar)} (0 for a
 *       question that is not scored), priority by impact; by impact, highest first, ties in wizard order.</li>
 *   <li>Roadmap: the five windows, filled by the rule of {@link RoadmapPlanner}.</li>
 *   <li>Next level: see {@link NextLevelGuide}.</li>
 * </ul>
 */
public final class ResultAssembler {
    /** The result version this assembler makes. */
    public static final int RESULT_VERSION = 2;
    /** A question scoring below this yields its recommendation. */
    public static final double RECOMMEND_BELOW = 7;
    /** How many questions a list of strengths or gaps names at most. */
    public static final int HIGHLIGHTS = 3;
    /** The expected impact of every FIND_OUT recommendation. */
    public static final String FIND_OUT_IMPACT = "An answer you can act on, and a score that reflects it.";
    private static final String FIND_OUT_TITLE = "Find out: ";
    private static final String FIND_OUT_ADVICE = "Find out who in your organisation owns this answer, ask them, "
            + "and answer the question again.";

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
        List<QuestionScore> listed = card.questions().stream().filter(QuestionScore::answered)
                .filter(q -> isListed(definition.question(q.question()).orElseThrow(), answers))
                .sorted(wizardOrder).toList();
        List<Question> unknowns = visibility.visibleQuestions().stream()
                .filter(q -> !q.context() && isUnknown(q, answers.valueOrNull(q.id()))).toList();

        List<Recommendation> ranked = recommendations(definition, card, listed, unknowns);
        List<RoadmapPhase> roadmap = RoadmapPlanner.plan(ranked, r -> definition.position(r.question()));
        List<Recommendation> recommendations = withPlannedWindows(ranked, roadmap);
        List<KnowledgeGap> knowledgeGaps = unknowns.stream()
                .map(q -> new KnowledgeGap(q.id(), model.scores(q.id()) ? q.pillar() : null, q.title())).toList();
        List<Insight> insights = CrossChecks.warnings(visibility).stream()
                .map(w -> new Insight(w.code(), w.message(), w.questions())).toList();
        return new AuditResult(definition.id(), definition.version(), scheme.version(), card,
                MaturityLevel.of(card.total().percent()), pillars, strengths(definition, pillars, listed),
                gaps(definition, pillars, listed), recommendations, roadmap, insights, calculatedAt, RESULT_VERSION,
                knowledgeGaps, NextLevelGuide.of(model, visibility, card, pillars));
    }

    /** Whether the answer is the question's "I don't know" option (alone in a multi select: it is exclusive). */
    public static boolean isUnknown(Question question, AnswerValue value) {
        if (value == null) {
            return false;
        }
        return question.unknownOption().map(AnswerOption::id).map(unknown -> switch (value) {
            case AnswerValue.Choice choice -> choice.optionId().equals(unknown);
            case AnswerValue.Choices choices -> choices.optionIds().contains(unknown);
            default -> false;
        }).orElse(false);
    }

    private static boolean isListed(Question question, Answers answers) {
        return !question.context() && !isUnknown(question, answers.valueOrNull(question.id()));
    }

    private static List<Recommendation> recommendations(QuestionnaireDefinition definition, ScoreCard card,
                                                        List<QuestionScore> listed, List<Question> unknowns) {
        // Every recommendation starts in days 1-30 only as a placeholder: RoadmapPlanner decides its window.
        List<Recommendation> result = new ArrayList<>();
        for (QuestionScore score : listed) {
            if (score.score() >= RECOMMEND_BELOW) {
                continue;
            }
            Question question = definition.question(score.question()).orElseThrow();
            double impact = impact(card, score);
            question.improvementAdvice().ifPresent(advice -> result.add(new Recommendation(question.id(),
                    score.pillar(), advice.title(), advice.description(), advice.effort(), advice.expectedImpact(),
                    impact, Priority.forImpact(impact), RoadmapWindow.DAYS_1_30, Recommendation.Kind.IMPROVE)));
        }
        for (Question question : unknowns) {
            QuestionScore score = card.questions().stream().filter(q -> q.question().equals(question.id()))
                    .findFirst().orElse(null);
            double impact = score == null ? 0 : impact(card, score);
            String description = question.helpText().isBlank() ? FIND_OUT_ADVICE
                    : FIND_OUT_ADVICE + " " + question.helpText().strip();
            result.add(new Recommendation(question.id(), score == null ? null : score.pillar(),
                    FIND_OUT_TITLE + question.title(), description, Effort.S, FIND_OUT_IMPACT, impact,
                    Priority.forImpact(impact), RoadmapWindow.DAYS_1_30, Recommendation.Kind.FIND_OUT));
        }
        result.sort(Comparator.comparingDouble(Recommendation::impact).reversed()
                .thenComparingInt(r -> definition.position(r.question())));
        return result;
    }

    private static double impact(ScoreCard card, QuestionScore score) {
        double pillarWeight = card.pillar(score.pillar()).map(PillarScore::weight).orElse(0.0);
        return Rounding.r2((ScoringFunction.MAX_SCORE - score.score()) * score.weight() * pillarWeight);
    }

    /** The ranked list again, each recommendation carrying the window the planner put it in. */
    private static List<Recommendation> withPlannedWindows(List<Recommendation> ranked, List<RoadmapPhase> roadmap) {
        Map<QuestionId, RoadmapWindow> placed = new HashMap<>();
        roadmap.forEach(phase -> phase.recommendations().forEach(r -> placed.put(r.question(), phase.window())));
        return ranked.stream().map(r -> RoadmapPlanner.placedIn(r, placed.get(r.question()))).toList();
    }

    private static List<Highlight> strengths(QuestionnaireDefinition definition, List<PillarResult> pillars,
                                             List<QuestionScore> listed) {
        List<Highlight> result = new ArrayList<>();
        pillars.stream().filter(p -> p.score().summary().max() > 0)
                .max(Comparator.comparingDouble((PillarResult p) -> p.score().summary().percent())
                        .thenComparing(p -> -pillars.indexOf(p)))
                .ifPresent(best -> result.add(pillarHighlight(best)));
        listed.stream().filter(q -> q.score() >= RECOMMEND_BELOW)
                .sorted(Comparator.comparingDouble(QuestionScore::score).reversed())
                .limit(HIGHLIGHTS)
                .forEach(q -> result.add(questionHighlight(definition, q)));
        return result;
    }

    private static List<Highlight> gaps(QuestionnaireDefinition definition, List<PillarResult> pillars,
                                        List<QuestionScore> listed) {
        List<Highlight> result = new ArrayList<>();
        pillars.stream().filter(p -> p.score().summary().max() > 0)
                .min(Comparator.comparingDouble((PillarResult p) -> p.score().summary().percent())
                        .thenComparing(pillars::indexOf))
                .ifPresent(worst -> result.add(pillarHighlight(worst)));
        listed.stream().filter(q -> q.score() < RECOMMEND_BELOW)
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

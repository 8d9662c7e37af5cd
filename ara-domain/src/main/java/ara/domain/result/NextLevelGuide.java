package ara.domain.result;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.scoring.PillarScore;
import ara.domain.scoring.QuestionScore;
import ara.domain.scoring.QuestionScoring;
import ara.domain.scoring.Rounding;
import ara.domain.scoring.ScoreCard;
import ara.domain.scoring.ScoringModel;
import ara.domain.scoring.ScoreSummary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Computes the "next level" guidance of a result (version 2). Stateless and thread-safe.
 *
 * <ul>
 *   <li>Per scope (the total, and each pillar with a maximum above 0): {@code percentNeeded = ceil2(max(0,
 *       next.lowerBound − percent))} and {@code pointsNeeded = ceil2(percentNeeded × max / 100)}, both 0 at the
 *       top level.</li>
 *   <li>Best gains: every visible scored question that is not context and scores below its best possible score
 *       (unanswered ones score 0), re-scored with the same scoring model with only that answer replaced by
 *       {@link ScoringModel#bestAnswer}; the gain is the change of the total percent. The
 *       {@value #BEST_GAINS} largest positive gains, ties in wizard order.</li>
 * </ul>
 */
final class NextLevelGuide {
    /** How many answers the guidance names at most. */
    static final int BEST_GAINS = 3;
    /** Scores are sums of two-decimal values: a scaled value this close above an integer is that integer. */
    private static final double NOISE = 1e-6;

    private NextLevelGuide() {
    }

    static NextLevel of(ScoringModel model, Visibility visibility, ScoreCard card, List<PillarResult> pillars) {
        LevelGap total = gap(LevelGap.TOTAL, "Overall", card.total());
        List<LevelGap> pillarGaps = pillars.stream().filter(p -> p.score().summary().max() > 0)
                .map(p -> gap(p.score().pillar().value(), p.title(), p.score().summary())).toList();
        return new NextLevel(total, pillarGaps, bestGains(model, visibility, card));
    }

    static LevelGap gap(String scope, String title, ScoreSummary summary) {
        MaturityLevel level = MaturityLevel.of(summary.percent());
        MaturityLevel next = level.ordinal() + 1 < MaturityLevel.values().length
                ? MaturityLevel.values()[level.ordinal() + 1] : null;
        if (next == null) {
            return new LevelGap(scope, title, summary.percent(), level, null, 0, 0);
        }
        double percentNeeded = ceil2(Math.max(0, next.lowerBound() - summary.percent()));
        double pointsNeeded = ceil2(percentNeeded * summary.max() / 100);
        return new LevelGap(scope, title, summary.percent(), level, next, percentNeeded, pointsNeeded);
    }

    /** Rounds up to two decimals, ignoring floating point noise just above a hundredth. */
    static double ceil2(double value) {
        return Math.ceil(value * 100 - NOISE) / 100;
    }

    private static List<AnswerGain> bestGains(ScoringModel model, Visibility visibility, ScoreCard card) {
        QuestionnaireDefinition definition = model.definition();
        Answers answers = visibility.answers();
        List<AnswerGain> gains = new ArrayList<>();
        for (PillarScore pillar : card.pillars()) {
            for (QuestionScore score : pillar.questions()) {
                Question question = definition.question(score.question()).orElseThrow();
                QuestionScoring scoring = model.profile().scoring(question.id()).orElse(null);
                if (question.context() || scoring == null || scoring.weight() == 0) {
                    continue;
                }
                AnswerValue best = ScoringModel.bestAnswer(question);
                double bestScore = Rounding.r2(scoring.function().score(question, best));
                if (score.answered() && score.score() >= bestScore) {
                    continue;
                }
                ScoreCard better = model.score(Visibility.of(definition, answers.with(question.id(), best)));
                double gain = Rounding.r2(better.total().percent() - card.total().percent());
                if (gain > 0) {
                    gains.add(new AnswerGain(question.id(), score.pillar(), question.title(), inWords(question, best),
                            gain));
                }
            }
        }
        gains.sort(Comparator.comparingDouble(AnswerGain::percentGain).reversed()
                .thenComparingInt(g -> definition.position(g.question())));
        return gains.stream().limit(BEST_GAINS).toList();
    }

    /** The best answer as people read it: option labels, "Yes", "100 %", the number. */
    static String inWords(Question question, AnswerValue answer) {
        return switch (answer) {
            case AnswerValue.Choice choice -> label(question, choice.optionId());
            case AnswerValue.Choices choices -> choices.optionIds().stream().map(id -> label(question, id))
                    .collect(Collectors.joining(", "));
            case AnswerValue.Flag flag -> flag.value() ? "Yes" : "No";
            case AnswerValue.Number number -> question.type() == QuestionType.PERCENTAGE
                    ? plain(number.value()) + " %" : plain(number.value());
            case AnswerValue.Text text -> text.value();
        };
    }

    private static String label(Question question, String optionId) {
        return question.option(optionId).map(AnswerOption::label).orElse(optionId);
    }

    /** 100 rather than 100.0; 2.5 stays 2.5. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

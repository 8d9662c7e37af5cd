package ara.domain.scoring;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.InvalidQuestionnaire;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One scoring profile compiled against one questionnaire definition: scores answers fast (no look-ups by name in
 * the loop). Immutable and thread-safe.
 */
public final class ScoringModel {
    private final QuestionnaireDefinition definition;
    private final ScoringProfile profile;
    private final List<Pillar> pillars;
    private final double[] pillarWeights;
    private final Scored[] scored;
    private final int[] pillarStart;

    /** A scored question, pre-resolved. */
    private record Scored(int position, Question question, QuestionMeasures measures, int pillar, double weight,
                          ScoringFunction function, double best, boolean critical) {
        double score(AnswerValue value) {
            // Only a threshold reads the count/number measure; every other function reads the normalised value.
            return function instanceof ScoringFunction.Threshold
                    ? Rounding.r2(function.score(Double.NaN, measures.measure(value)))
                    : Rounding.r2(function.score(measures.normalised(value), Double.NaN));
        }
    }

    private ScoringModel(QuestionnaireDefinition definition, ScoringProfile profile, double[] pillarWeights,
                         Scored[] scored) {
        this.definition = definition;
        this.profile = profile;
        this.pillars = definition.pillars();
        this.pillarWeights = pillarWeights;
        // Pillar by pillar, wizard order within each: one pass builds each pillar's list.
        this.scored = scored.clone();
        Arrays.sort(this.scored, Comparator.comparingInt(Scored::pillar).thenComparingInt(Scored::position));
        this.pillarStart = new int[pillars.size() + 1];
        for (Scored item : this.scored) {
            pillarStart[item.pillar + 1]++;
        }
        for (int p = 0; p < pillars.size(); p++) {
            pillarStart[p + 1] += pillarStart[p];
        }
    }

    /**
     * Checks the profile against the definition and compiles it.
     *
     * @throws InvalidQuestionnaire when the profile names an unknown question or pillar, weighs a question that
     *                              has no pillar, leaves out a scorable question that has a pillar, or uses a
     *                              function that cannot score the question's type
     */
    public static ScoringModel compile(QuestionnaireDefinition definition, ScoringProfile profile) {
        String where = "profile " + profile.id() + " v" + profile.version() + " for " + definition.id() + " v"
                + definition.version();
        List<Pillar> pillars = definition.pillars();
        for (PillarId pillar : profile.pillarWeights().keySet()) {
            if (definition.pillar(pillar).isEmpty()) {
                throw new InvalidQuestionnaire(where + ": weighs unknown pillar " + pillar);
            }
        }
        for (Map.Entry<QuestionId, QuestionScoring> entry : profile.questions().entrySet()) {
            Question question = definition.question(entry.getKey()).orElseThrow(() ->
                    new InvalidQuestionnaire(where + ": scores unknown question " + entry.getKey()));
            if (question.pillar() == null) {
                throw new InvalidQuestionnaire(where + ": scores question " + question.id() + ", which has no pillar");
            }
            if (!profile.pillarWeights().containsKey(question.pillar())) {
                throw new InvalidQuestionnaire(where + ": has no weight for pillar " + question.pillar()
                        + " of question " + question.id());
            }
            ScoringFunction function = entry.getValue().function();
            if (!function.supports().contains(question.type())) {
                throw new InvalidQuestionnaire(where + ": function " + function.code() + " cannot score question "
                        + question.id() + " of type " + question.type().code());
            }
        }
        for (Question question : definition.questions()) {
            if (question.pillar() != null && question.type() != QuestionType.TEXT_INPUT
                    && !profile.questions().containsKey(question.id())) {
                throw new InvalidQuestionnaire(where + ": does not score question " + question.id() + " of pillar "
                        + question.pillar() + " (give it weight 0 to leave it out on purpose)");
            }
        }
        double[] weights = new double[pillars.size()];
        for (int p = 0; p < pillars.size(); p++) {
            weights[p] = profile.pillarWeight(pillars.get(p).id());
        }
        List<Scored> compiled = new ArrayList<>();
        List<Question> questions = definition.questions();
        for (int position = 0; position < questions.size(); position++) {
            Question question = questions.get(position);
            QuestionScoring scoring = profile.questions().get(question.id());
            if (scoring == null) {
                continue;
            }
            int pillar = pillars.indexOf(definition.pillar(question.pillar()).orElseThrow());
            QuestionMeasures measures = new QuestionMeasures(question);
            AnswerValue best = bestAnswer(question);
            double bestScore = Rounding.r2(scoring.function().score(measures.normalised(best), measures.measure(best)));
            compiled.add(new Scored(position, question, measures, pillar, scoring.weight(), scoring.function(),
                    bestScore, question.required() && scoring.weight() > ScoreCard.CRITICAL_WEIGHT));
        }
        return new ScoringModel(definition, profile, weights, compiled.toArray(Scored[]::new));
    }

    /**
     * The best possible answer: max of a range, the heaviest option, the heaviest non-exclusive options (as many as
     * the question allows), yes, 100 %. Public because the result's "next level" guidance names it.
     */
    public static AnswerValue bestAnswer(Question question) {
        return switch (question.type()) {
            case SINGLE_SELECT -> {
                AnswerOption heaviest = question.options().getFirst();
                for (AnswerOption option : question.options()) {
                    if (option.weight() > heaviest.weight()) {
                        heaviest = option;
                    }
                }
                yield new AnswerValue.Choice(heaviest.id());
            }
            case MULTI_SELECT -> new AnswerValue.Choices(question.options().stream()
                    .filter(option -> !option.exclusive())
                    .sorted(Comparator.comparingDouble(AnswerOption::weight).reversed())
                    .limit(question.validation().mostSelections().orElse(question.options().size()))
                    .map(AnswerOption::id).toList());
            case SCALE_RATING, NUMBER_INPUT, PERCENTAGE -> new AnswerValue.Number(question.maximum());
            case YES_NO -> new AnswerValue.Flag(true);
            case TEXT_INPUT -> new AnswerValue.Text("");
        };
    }

    public ScoreCard score(Answers answers) {
        return score(Visibility.of(definition, answers));
    }

    /** Scores the visible answers; {@code visibility} must come from this model's definition. */
    public ScoreCard score(Visibility visibility) {
        if (visibility.definition() != definition) {
            throw new IllegalArgumentException("visibility was computed for another questionnaire definition");
        }
        Answers answers = visibility.answers();
        int pillarCount = pillars.size();
        PillarScore[] pillarScores = new PillarScore[pillarCount];
        List<QuestionId> missingCritical = null;
        double total = 0;
        double totalMax = 0;
        double potential = 0;
        for (int p = 0; p < pillarCount; p++) {
            // scored is sorted by pillar: this pillar's questions are scored[pillarStart[p] .. pillarStart[p + 1]).
            QuestionScore[] questions = new QuestionScore[pillarStart[p + 1] - pillarStart[p]];
            int count = 0;
            double sum = 0;
            double maximum = 0;
            double best = 0;
            for (int i = pillarStart[p]; i < pillarStart[p + 1]; i++) {
                Scored item = scored[i];
                if (!visibility.isVisibleAt(item.position)) {
                    continue;
                }
                AnswerValue value = answers.valueOrNull(item.question.id());
                double q = 0;
                if (value != null) {
                    q = item.score(value);
                    sum += q * item.weight;
                    best += q * item.weight;
                } else {
                    best += item.best * item.weight;
                    if (item.critical) {
                        missingCritical = missingCritical == null ? new ArrayList<>() : missingCritical;
                        missingCritical.add(item.question.id());
                    }
                }
                maximum += ScoringFunction.MAX_SCORE * item.weight;
                questions[count++] = new QuestionScore(item.question.id(), pillars.get(p).id(), value != null, q,
                        ScoringFunction.MAX_SCORE, item.weight);
            }
            ScoreSummary summary = ScoreSummary.of(sum, maximum);
            pillarScores[p] = new PillarScore(pillars.get(p).id(), pillarWeights[p], summary,
                    List.of(count == questions.length ? questions : Arrays.copyOf(questions, count)));
            total += summary.score() * pillarWeights[p];
            totalMax += summary.max() * pillarWeights[p];
            potential += Rounding.r2(best) * pillarWeights[p];
        }
        if (missingCritical != null) {
            // Report in wizard order, whichever pillar each question belongs to.
            missingCritical.sort(Comparator.comparingInt(definition::position));
        }
        return new ScoreCard(profile.id(), profile.version(), List.of(pillarScores), ScoreSummary.of(total, totalMax),
                ScoreSummary.of(potential, totalMax), missingCritical == null ? List.of() : missingCritical);
    }

    public QuestionnaireDefinition definition() {
        return definition;
    }

    public ScoringProfile profile() {
        return profile;
    }

    /** Whether the profile scores this question (with any weight). */
    public boolean scores(QuestionId question) {
        return profile.questions().containsKey(question);
    }
}

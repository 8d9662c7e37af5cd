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
import ara.domain.questionnaire.QuestionnaireDefinition;

import java.util.ArrayList;
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

    /** A scored question, pre-resolved. */
    private record Scored(int position, Question question, int pillar, double weight, ScoringFunction function,
                          double best) {
    }

    private ScoringModel(QuestionnaireDefinition definition, ScoringProfile profile, double[] pillarWeights,
                         Scored[] scored) {
        this.definition = definition;
        this.profile = profile;
        this.pillars = definition.pillars();
        this.pillarWeights = pillarWeights;
        this.scored = scored;
    }

    /**
     * Checks the profile against the definition and compiles it.
     *
     * @throws InvalidQuestionnaire when the profile names an unknown question or pillar, weighs a question that
     *                              has no pillar, or uses a function that cannot score the question's type
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
            double best = Rounding.r2(scoring.function().score(question, bestAnswer(question)));
            compiled.add(new Scored(position, question, pillar, scoring.weight(), scoring.function(), best));
        }
        return new ScoringModel(definition, profile, weights, compiled.toArray(Scored[]::new));
    }

    /**
     * The best possible answer: max of a range, the heaviest option, the heaviest non-exclusive options (as many as
     * the question allows), yes, 100 %.
     */
    static AnswerValue bestAnswer(Question question) {
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
        double[] sums = new double[pillarCount];
        double[] maxima = new double[pillarCount];
        double[] potentials = new double[pillarCount];
        List<List<QuestionScore>> perPillar = new ArrayList<>(pillarCount);
        for (int p = 0; p < pillarCount; p++) {
            perPillar.add(new ArrayList<>());
        }
        List<QuestionId> missingCritical = new ArrayList<>();
        for (Scored item : scored) {
            if (!visibility.isVisibleAt(item.position)) {
                continue;
            }
            Question question = item.question;
            AnswerValue value = answers.valueOrNull(question.id());
            double q = 0;
            if (value != null) {
                q = Rounding.r2(item.function.score(question, value));
                sums[item.pillar] += q * item.weight;
                potentials[item.pillar] += q * item.weight;
            } else {
                potentials[item.pillar] += item.best * item.weight;
                if (question.required() && item.weight > ScoreCard.CRITICAL_WEIGHT) {
                    missingCritical.add(question.id());
                }
            }
            maxima[item.pillar] += ScoringFunction.MAX_SCORE * item.weight;
            perPillar.get(item.pillar).add(new QuestionScore(question.id(), pillars.get(item.pillar).id(),
                    value != null, q, ScoringFunction.MAX_SCORE, item.weight));
        }
        List<PillarScore> pillarScores = new ArrayList<>(pillarCount);
        double total = 0;
        double totalMax = 0;
        double potential = 0;
        for (int p = 0; p < pillarCount; p++) {
            ScoreSummary summary = ScoreSummary.of(sums[p], maxima[p]);
            pillarScores.add(new PillarScore(pillars.get(p).id(), pillarWeights[p], summary, perPillar.get(p)));
            total += summary.score() * pillarWeights[p];
            totalMax += summary.max() * pillarWeights[p];
            potential += Rounding.r2(potentials[p]) * pillarWeights[p];
        }
        return new ScoreCard(profile.id(), profile.version(), pillarScores, ScoreSummary.of(total, totalMax),
                ScoreSummary.of(potential, totalMax), missingCritical);
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

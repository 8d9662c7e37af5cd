package ara.domain.history;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.result.AuditResult;
import ara.domain.result.PillarResult;
import ara.domain.result.Recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Value object: how a scored audit changed since an earlier one (the baseline): per pillar and in total the change
 * in score and level, the answers that changed, the recommendations resolved (the baseline had them, the audit has
 * not) and the new ones. Works across questionnaire versions: pillars and questions are compared where both
 * versions have them (by id, and for questions by id and type); the rest is not compared.
 *
 * @param total       the total score and level before and after
 * @param pillars     the shared pillars' changes, in the compared audit's order
 * @param answers     the shared questions whose answer differs, in the compared audit's questionnaire order
 * @param resolved    the baseline's recommendations the compared audit no longer has
 * @param added       the compared audit's recommendations the baseline did not have
 */
public record AuditComparison(ScoreChange total, List<PillarChange> pillars, List<AnswerChange> answers,
                              List<Recommendation> resolved, List<Recommendation> added) {
    public AuditComparison {
        Objects.requireNonNull(total, "total");
        pillars = List.copyOf(pillars);
        answers = List.copyOf(answers);
        resolved = List.copyOf(resolved);
        added = List.copyOf(added);
    }

    /** One side of a comparison: an audit's questionnaire version, answers and result. */
    public record Side(QuestionnaireDefinition definition, Answers answers, AuditResult result) {
        public Side {
            Objects.requireNonNull(definition, "definition");
            Objects.requireNonNull(answers, "answers");
            Objects.requireNonNull(result, "result");
        }
    }

    /** How {@code audit} changed since {@code baseline}. */
    public static AuditComparison of(Side baseline, Side audit) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(audit, "audit");
        AuditResult before = baseline.result();
        AuditResult after = audit.result();
        ScoreChange total = new ScoreChange(before.scoreCard().total().percent(),
                after.scoreCard().total().percent(), before.level(), after.level());
        return new AuditComparison(total, pillars(before, after), answers(baseline, audit),
                missingFrom(before.recommendations(), after.recommendations()),
                missingFrom(after.recommendations(), before.recommendations()));
    }

    private static List<PillarChange> pillars(AuditResult before, AuditResult after) {
        Map<PillarId, PillarResult> earlier = before.pillars().stream()
                .collect(Collectors.toMap(pillar -> pillar.score().pillar(), Function.identity()));
        List<PillarChange> changes = new ArrayList<>();
        for (PillarResult now : after.pillars()) {
            PillarResult then = earlier.get(now.score().pillar());
            if (then != null) {
                changes.add(new PillarChange(now.score().pillar(), now.title(), new ScoreChange(
                        then.score().summary().percent(), now.score().summary().percent(), then.level(),
                        now.level())));
            }
        }
        return changes;
    }

    private static List<AnswerChange> answers(Side baseline, Side audit) {
        List<AnswerChange> changes = new ArrayList<>();
        for (Question question : audit.definition().questions()) {
            boolean shared = baseline.definition().question(question.id())
                    .filter(earlier -> earlier.type() == question.type()).isPresent();
            AnswerValue before = baseline.answers().valueOrNull(question.id());
            AnswerValue after = audit.answers().valueOrNull(question.id());
            if (shared && !Objects.equals(before, after)) {
                changes.add(new AnswerChange(question.id(), question.title(), before, after));
            }
        }
        return changes;
    }

    /** The recommendations of {@code from} whose question and kind {@code other} has none of. */
    private static List<Recommendation> missingFrom(List<Recommendation> from, List<Recommendation> other) {
        Set<String> keys = other.stream().map(AuditComparison::key).collect(Collectors.toSet());
        return from.stream().filter(recommendation -> !keys.contains(key(recommendation))).toList();
    }

    private static String key(Recommendation recommendation) {
        return recommendation.question() + "/" + recommendation.kind();
    }
}

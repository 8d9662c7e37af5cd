package ara.domain.result;

import ara.domain.questionnaire.Effort;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.QuestionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoadmapPlannerTest {

    @ParameterizedTest(name = "{0} {1} {2} impact {3} -> {4}")
    @CsvSource({
            "IMPROVE,  HIGH,   S, 1.0,  DAYS_1_30",
            "IMPROVE,  HIGH,   M, 1.0,  DAYS_1_30",
            "IMPROVE,  HIGH,   L, 1.0,  DAYS_31_60",
            "IMPROVE,  MEDIUM, S, 0.3,  DAYS_1_30",
            "IMPROVE,  MEDIUM, M, 0.3,  DAYS_31_60",
            "IMPROVE,  MEDIUM, L, 0.3,  DAYS_61_90",
            "IMPROVE,  LOW,    S, 0.05, DAYS_31_60",
            "IMPROVE,  LOW,    M, 0.05, DAYS_61_90",
            "IMPROVE,  LOW,    L, 0.1,  MONTHS_4_6",
            "IMPROVE,  LOW,    L, 0.09, MONTHS_7_12",
            "FIND_OUT, LOW,    S, 0,    DAYS_1_30",
            "FIND_OUT, HIGH,   L, 2.0,  DAYS_1_30",
    })
    void choosesTheBaseWindowByKindPriorityAndEffort(Recommendation.Kind kind, Priority priority, Effort effort,
                                                     double impact, RoadmapWindow window) {
        assertThat(RoadmapPlanner.baseWindow(recommendation(1, kind, priority, effort, impact))).isEqualTo(window);
    }

    @Test
    void alwaysMakesTheFiveWindowsInOrder() {
        assertThat(RoadmapPlanner.plan(List.of(), RoadmapPlannerTest::position)).extracting(RoadmapPhase::window)
                .containsExactly(RoadmapWindow.DAYS_1_30, RoadmapWindow.DAYS_31_60, RoadmapWindow.DAYS_61_90,
                        RoadmapWindow.MONTHS_4_6, RoadmapWindow.MONTHS_7_12);
    }

    @Test
    void pullsForwardTheFirstRecommendationOfTheNearestLaterNonEmptyWindow() {
        List<RoadmapPhase> roadmap = RoadmapPlanner.plan(List.of(
                improve(1, Priority.MEDIUM, Effort.S, 0.3),
                improve(2, Priority.MEDIUM, Effort.L, 0.3),
                improve(3, Priority.MEDIUM, Effort.L, 0.3),
                improve(4, Priority.LOW, Effort.L, 0.15)), RoadmapPlannerTest::position);

        // days 31-60 was empty: q2, the first of days 61-90, moves forward; months 4-6 keeps q4
        assertThat(questions(roadmap)).containsExactly(List.of("q1"), List.of("q2"), List.of("q3"), List.of("q4"),
                List.of());
    }

    @Test
    void repeatsUntilNoThirtyDayWindowIsEmpty() {
        List<RoadmapPhase> roadmap = RoadmapPlanner.plan(List.of(
                improve(1, Priority.MEDIUM, Effort.L, 0.3),
                improve(2, Priority.MEDIUM, Effort.L, 0.3),
                improve(3, Priority.LOW, Effort.L, 0.05)), RoadmapPlannerTest::position);

        // days 1-30 takes q1 from days 61-90, days 31-60 then takes q2 from there, days 61-90 takes q3 from
        // months 7-12
        assertThat(questions(roadmap)).containsExactly(List.of("q1"), List.of("q2"), List.of("q3"), List.of(),
                List.of());
    }

    @Test
    void pushesBackTheLastRecommendationOfTheNearestEarlierWindowHoldingTwo() {
        List<RoadmapPhase> roadmap = RoadmapPlanner.plan(List.of(
                improve(1, Priority.HIGH, Effort.S, 1),
                improve(2, Priority.HIGH, Effort.S, 1),
                improve(3, Priority.HIGH, Effort.S, 1)), RoadmapPlannerTest::position);

        // days 31-60 takes q3, the last of days 1-30; days 61-90 passes over days 31-60 (one only) and takes q2
        assertThat(questions(roadmap)).containsExactly(List.of("q1"), List.of("q3"), List.of("q2"), List.of(),
                List.of());
    }

    @Test
    void leavesWindowsEmptyWithFewerThanThreeRecommendations() {
        List<RoadmapPhase> roadmap = RoadmapPlanner.plan(List.of(
                improve(1, Priority.MEDIUM, Effort.L, 0.3),
                improve(2, Priority.LOW, Effort.L, 0.05)), RoadmapPlannerTest::position);

        assertThat(questions(roadmap)).containsExactly(List.of(), List.of(), List.of("q1"), List.of(),
                List.of("q2"));
    }

    @Test
    void putsFindOutFirstThenWizardOrderWithinAWindow() {
        List<RoadmapPhase> roadmap = RoadmapPlanner.plan(List.of(
                improve(2, Priority.HIGH, Effort.S, 3),
                recommendation(9, Recommendation.Kind.FIND_OUT, Priority.LOW, Effort.S, 0),
                improve(1, Priority.HIGH, Effort.M, 2)), RoadmapPlannerTest::position);

        // all three start in days 1-30 as [q9, q1, q2]; then q2 and q1 are pushed back in turn
        assertThat(questions(roadmap)).containsExactly(List.of("q9"), List.of("q2"), List.of("q1"), List.of(),
                List.of());
        List<RoadmapPhase> unbalanced = RoadmapPlanner.plan(List.of(
                improve(2, Priority.HIGH, Effort.S, 3),
                recommendation(9, Recommendation.Kind.FIND_OUT, Priority.LOW, Effort.S, 0)),
                RoadmapPlannerTest::position);
        assertThat(questions(unbalanced).getFirst()).containsExactly("q9", "q2");
    }

    @Test
    void eachPlacedRecommendationCarriesItsPhasesWindow() {
        List<RoadmapPhase> roadmap = RoadmapPlanner.plan(List.of(
                improve(1, Priority.HIGH, Effort.S, 1),
                improve(2, Priority.HIGH, Effort.S, 1),
                improve(3, Priority.LOW, Effort.L, 0.05)), RoadmapPlannerTest::position);

        assertThat(roadmap).allSatisfy(phase -> assertThat(phase.recommendations())
                .allSatisfy(r -> assertThat(r.window()).isEqualTo(phase.window())));
        assertThat(roadmap.get(2).recommendations()).extracting(Recommendation::window)
                .containsExactly(RoadmapWindow.DAYS_61_90);
    }

    private static List<List<String>> questions(List<RoadmapPhase> roadmap) {
        return roadmap.stream().map(phase -> phase.recommendations().stream().map(r -> r.question().value())
                .toList()).toList();
    }

    /** "q7" is the seventh question in wizard order. */
    private static int position(Recommendation recommendation) {
        return Integer.parseInt(recommendation.question().value().substring(1));
    }

    private static Recommendation improve(int question, Priority priority, Effort effort, double impact) {
        return recommendation(question, Recommendation.Kind.IMPROVE, priority, effort, impact);
    }

    private static Recommendation recommendation(int question, Recommendation.Kind kind, Priority priority,
                                                 Effort effort, double impact) {
        return new Recommendation(QuestionId.of("q" + question), PillarId.of("p"), "Do q" + question, "", effort,
                "", impact, priority, RoadmapWindow.DAYS_1_30, kind);
    }
}

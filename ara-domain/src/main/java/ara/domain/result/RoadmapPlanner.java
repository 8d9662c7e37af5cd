package ara.domain.result;

import ara.domain.questionnaire.Effort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Places recommendations in the five roadmap windows (result version 2). Stateless and thread-safe.
 *
 * <ol>
 *   <li>Base window by kind, priority and effort: FIND_OUT → days 1–30 (dependencies first: you cannot plan what
 *       you do not know); HIGH: S or M → days 1–30, L → days 31–60; MEDIUM: S → days 1–30 (quick win),
 *       M → days 31–60, L → days 61–90; LOW: S → days 31–60, M → days 61–90, L → months 4–6, except LOW with
 *       effort L and impact below {@value #VERY_LOW_IMPACT} → months 7–12.</li>
 *   <li>With at least {@value #BALANCE_FROM} recommendations no 30-day window stays empty: for each empty 30-day
 *       window in order, pull forward the first recommendation of the nearest later non-empty window; if there is
 *       none, push back the last recommendation of the nearest earlier window holding at least two. Repeated until
 *       no 30-day window is empty or no move is possible.</li>
 *   <li>Within a window: FIND_OUT first, then wizard order (earlier steps are the foundations later ones build
 *       on).</li>
 * </ol>
 * Each placed recommendation carries the window it ends up in.
 */
final class RoadmapPlanner {
    /** Below this impact, long low-priority work lands in the last window. */
    static final double VERY_LOW_IMPACT = 0.1;
    /** From this many recommendations on, no 30-day window is left empty. */
    static final int BALANCE_FROM = 3;
    private static final List<RoadmapWindow> THIRTY_DAY_WINDOWS = List.of(RoadmapWindow.DAYS_1_30,
            RoadmapWindow.DAYS_31_60, RoadmapWindow.DAYS_61_90);

    private RoadmapPlanner() {
    }

    /** The base window of step 1 of the rule. */
    static RoadmapWindow baseWindow(Recommendation recommendation) {
        if (recommendation.kind() == Recommendation.Kind.FIND_OUT) {
            return RoadmapWindow.DAYS_1_30;
        }
        Effort effort = recommendation.effort();
        return switch (recommendation.priority()) {
            case HIGH -> effort == Effort.L ? RoadmapWindow.DAYS_31_60 : RoadmapWindow.DAYS_1_30;
            case MEDIUM -> switch (effort) {
                case S -> RoadmapWindow.DAYS_1_30;
                case M -> RoadmapWindow.DAYS_31_60;
                case L -> RoadmapWindow.DAYS_61_90;
            };
            case LOW -> switch (effort) {
                case S -> RoadmapWindow.DAYS_31_60;
                case M -> RoadmapWindow.DAYS_61_90;
                case L -> recommendation.impact() < VERY_LOW_IMPACT ? RoadmapWindow.MONTHS_7_12
                        : RoadmapWindow.MONTHS_4_6;
            };
        };
    }

    /**
     * The five phases, in window order, holding every recommendation once with its window set.
     *
     * @param wizardPosition the question's place in wizard order
     */
    static List<RoadmapPhase> plan(List<Recommendation> recommendations,
                                   ToIntFunction<Recommendation> wizardPosition) {
        Comparator<Recommendation> withinWindow = Comparator
                .comparing((Recommendation r) -> r.kind() != Recommendation.Kind.FIND_OUT)
                .thenComparingInt(wizardPosition);
        Map<RoadmapWindow, List<Recommendation>> windows = new EnumMap<>(RoadmapWindow.class);
        for (RoadmapWindow window : RoadmapWindow.values()) {
            windows.put(window, new ArrayList<>());
        }
        recommendations.forEach(r -> windows.get(baseWindow(r)).add(r));
        windows.values().forEach(list -> list.sort(withinWindow));
        if (recommendations.size() >= BALANCE_FROM) {
            balance(windows, withinWindow);
        }
        List<RoadmapPhase> phases = new ArrayList<>();
        windows.forEach((window, list) -> phases.add(new RoadmapPhase(window,
                list.stream().map(r -> placedIn(r, window)).toList())));
        return List.copyOf(phases);
    }

    private static void balance(Map<RoadmapWindow, List<Recommendation>> windows,
                                Comparator<Recommendation> withinWindow) {
        RoadmapWindow[] all = RoadmapWindow.values();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (RoadmapWindow empty : THIRTY_DAY_WINDOWS) {
                if (!windows.get(empty).isEmpty()) {
                    continue;
                }
                Recommendation picked = pullForward(windows, all, empty);
                if (picked == null) {
                    picked = pushBack(windows, all, empty);
                }
                if (picked != null) {
                    windows.get(empty).add(picked);
                    windows.get(empty).sort(withinWindow);
                    moved = true;
                }
            }
        }
    }

    private static Recommendation pullForward(Map<RoadmapWindow, List<Recommendation>> windows, RoadmapWindow[] all,
                                              RoadmapWindow empty) {
        for (int later = empty.ordinal() + 1; later < all.length; later++) {
            List<Recommendation> list = windows.get(all[later]);
            if (!list.isEmpty()) {
                return list.removeFirst();
            }
        }
        return null;
    }

    private static Recommendation pushBack(Map<RoadmapWindow, List<Recommendation>> windows, RoadmapWindow[] all,
                                           RoadmapWindow empty) {
        for (int earlier = empty.ordinal() - 1; earlier >= 0; earlier--) {
            List<Recommendation> list = windows.get(all[earlier]);
            if (list.size() >= 2) {
                return list.removeLast();
            }
        }
        return null;
    }

    static Recommendation placedIn(Recommendation r, RoadmapWindow window) {
        return r.window() == window ? r : new Recommendation(r.question(), r.pillar(), r.title(), r.description(),
                r.effort(), r.expectedImpact(), r.impact(), r.priority(), window, r.kind());
    }
}

package ara.adapter.report.pdf;

import ara.domain.report.ReportSection;
import ara.domain.result.Insight;
import ara.domain.result.Priority;
import ara.domain.result.Recommendation;
import ara.domain.result.RoadmapPhase;
import ara.domain.result.RoadmapWindow;

import java.util.List;
import java.util.Map;

/**
 * Sections 5, 6 and 7: recommendations by priority, the roadmap and the insights. A result version 1 roadmap is
 * three 30-day windows by priority; version 2 has five windows (days 1–30, 31–60, 61–90, months 4–6, 7–12).
 */
final class AdviceSection {
    private AdviceSection() {
    }

    static String priorityTitle(Priority priority) {
        return switch (priority) {
            case HIGH -> "High";
            case MEDIUM -> "Medium";
            case LOW -> "Low";
        };
    }

    /** "days 1–30". */
    static String window(int firstDay, int lastDay) {
        return "days " + firstDay + "–" + lastDay;
    }

    static void recommendations(Html.Tag body, ReportView view) {
        Html.Tag section = Blocks.section(body, view, ReportSection.RECOMMENDATIONS);
        if (view.windowedRoadmap()) {
            section.add("p", null, "Every answered question scoring below 7 of 10 yields a recommendation to "
                    + "improve, and every “I don't know” answer one to find out. Its impact, (10 − score) × "
                    + "question weight × pillar weight, sets its priority; the roadmap window follows from its "
                    + "kind, priority and effort.");
        } else {
            section.add("p", null, "Every answered question scoring below 7 of 10 yields a recommendation. Its "
                    + "impact, (10 − score) × question weight × pillar weight, sets its priority.");
        }
        for (Priority priority : Priority.values()) {
            List<Recommendation> group = view.result().recommendations().stream()
                    .filter(r -> r.priority() == priority).toList();
            // Version 1 tied each priority to one 30-day window; version 2 prints each recommendation's own window.
            section.add("h2", null, view.windowedRoadmap() ? priorityTitle(priority) + " priority"
                    : priorityTitle(priority) + " priority (" + window(priority.firstDay(), priority.lastDay())
                    + ")");
            if (group.isEmpty()) {
                Blocks.note(section, "No recommendation has this priority.");
            }
            for (Recommendation recommendation : group) {
                Html.Tag card = section.add("div", "rec");
                card.add("div", "rec-title", recommendation.title());
                card.add("div", "rec-meta", meta(view, recommendation));
                card.add("p", null, recommendation.description());
                Html.Tag expected = card.add("p", "rec-expected");
                expected.add("b", null, "Expected impact: ");
                expected.text(recommendation.expectedImpact());
            }
        }
    }

    /** "Find out · Security and Identity · effort Small · impact 0.6 · Days 1–30" (version 1: no kind, no window). */
    private static String meta(ReportView view, Recommendation recommendation) {
        String common = view.pillarTitle(recommendation.pillar()) + " · effort "
                + Formats.effort(recommendation.effort()) + " · impact " + Formats.number(recommendation.impact());
        if (!view.windowedRoadmap()) {
            return common;
        }
        return Formats.kind(recommendation.kind()) + " · " + common + " · " + Formats.window(recommendation.window());
    }

    static void roadmap(Html.Tag body, ReportView view) {
        Html.Tag section = Blocks.section(body, view, ReportSection.ROADMAP);
        if (view.windowedRoadmap()) {
            windowedRoadmap(section, view);
            return;
        }
        section.add("p", null, "The recommendations placed in three 30-day windows by priority, highest impact "
                + "first.");
        for (RoadmapPhase phase : view.result().roadmap()) {
            Html.Tag block = section.add("div", "phase");
            Html.Tag heading = block.add("h2", "phase-heading");
            heading.text("Days " + phase.firstDay() + "–" + phase.lastDay());
            heading.add("span", "phase-priority", " · " + priorityTitle(switch (phase.window()) {
                case DAYS_1_30 -> Priority.HIGH;
                case DAYS_31_60 -> Priority.MEDIUM;
                default -> Priority.LOW;
            }) + " priority");
            if (phase.recommendations().isEmpty()) {
                Blocks.note(block, "Nothing scheduled in this window.");
                continue;
            }
            Table rows = Table.of(block, "roadmap", Table.Column.text("Action", "52%"),
                    Table.Column.text("Pillar", "26%"), Table.Column.text("Effort", "11%"),
                    Table.Column.number("Impact", "11%"));
            for (Recommendation recommendation : phase.recommendations()) {
                rows.row(recommendation.title(), view.pillarTitle(recommendation.pillar()),
                        Formats.effort(recommendation.effort()), Formats.number(recommendation.impact()));
            }
        }
    }

    /** Result version 2: the three 30-day windows, then months 4–6 and 7–12, every one shown. */
    private static void windowedRoadmap(Html.Tag section, ReportView view) {
        section.add("p", null, "The recommendations spread over the first 90 days in three 30-day windows, then "
                + "months 4–6 and 7–12. Finding out comes first (you cannot plan what you do not know), quick wins "
                + "early, large low-impact work later, at most six improvements in a 30-day window; within a window, find-outs first, then in the order the "
                + "questionnaire asks, earlier steps being the foundations of later ones.");
        for (Map.Entry<RoadmapWindow, List<Recommendation>> entry : view.roadmapByWindow().entrySet()) {
            Html.Tag block = section.add("div", "phase");
            block.add("h2", "phase-heading", Formats.window(entry.getKey()));
            if (entry.getValue().isEmpty()) {
                Blocks.note(block, "Nothing planned in this window.");
                continue;
            }
            Table rows = Table.of(block, "roadmap", Table.Column.text("Action", "41%"),
                    Table.Column.text("Pillar", "22%"), Table.Column.text("Kind", "13%"),
                    Table.Column.text("Priority", "12%"), Table.Column.text("Effort", "12%"));
            for (Recommendation recommendation : entry.getValue()) {
                rows.row(recommendation.title(), view.pillarTitle(recommendation.pillar()),
                        Formats.kind(recommendation.kind()), priorityTitle(recommendation.priority()),
                        Formats.effort(recommendation.effort()));
            }
        }
    }

    static void insights(Html.Tag body, ReportView view) {
        Html.Tag section = Blocks.section(body, view, ReportSection.INSIGHTS);
        List<Insight> insights = view.result().insights();
        if (insights.isEmpty()) {
            Blocks.note(section, "No cross-question warnings: the answers are consistent with one another.");
            return;
        }
        section.add("p", null, "Warnings raised by combinations of answers. They do not change the score.");
        for (Insight insight : insights) {
            Html.Tag card = section.add("div", "insight tint");
            card.add("div", "insight-message", insight.message());
            if (!insight.questions().isEmpty()) {
                card.add("div", "muted", "Questions involved: " + Formats.list(
                        insight.questions().stream().map(view::questionTitle).toList()));
            }
        }
    }
}

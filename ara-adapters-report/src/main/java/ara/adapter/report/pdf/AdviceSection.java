package ara.adapter.report.pdf;

import ara.domain.report.ReportSection;
import ara.domain.result.Insight;
import ara.domain.result.Priority;
import ara.domain.result.Recommendation;
import ara.domain.result.RoadmapPhase;

import java.util.List;

/** Sections 5, 6 and 7: recommendations by priority, the 90-day roadmap and the insights. */
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
        Html.Tag section = Blocks.section(body, ReportSection.RECOMMENDATIONS);
        section.add("p", null, "Every answered question scoring below 7 of 10 yields a recommendation. Its impact, "
                + "(10 − score) × question weight × pillar weight, sets its priority.");
        for (Priority priority : Priority.values()) {
            List<Recommendation> group = view.result().recommendations().stream()
                    .filter(r -> r.priority() == priority).toList();
            section.add("h2", null, priorityTitle(priority) + " priority (" + window(priority.firstDay(),
                    priority.lastDay()) + ")");
            if (group.isEmpty()) {
                Blocks.note(section, "No recommendation has this priority.");
            }
            for (Recommendation recommendation : group) {
                Html.Tag card = section.add("div", "rec");
                card.add("div", "rec-title", recommendation.title());
                card.add("div", "rec-meta", view.pillarTitle(recommendation.pillar()) + " · effort "
                        + Formats.effort(recommendation.effort()) + " · impact "
                        + Formats.number(recommendation.impact()));
                card.add("p", null, recommendation.description());
                Html.Tag expected = card.add("p", "rec-expected");
                expected.add("b", null, "Expected impact: ");
                expected.text(recommendation.expectedImpact());
            }
        }
    }

    static void roadmap(Html.Tag body, ReportView view) {
        Html.Tag section = Blocks.section(body, ReportSection.ROADMAP);
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

    static void insights(Html.Tag body, ReportView view) {
        Html.Tag section = Blocks.section(body, ReportSection.INSIGHTS);
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

package ara.adapter.report.pdf;

import ara.domain.report.ReportSection;
import ara.domain.result.AuditResult;
import ara.domain.result.Highlight;
import ara.domain.result.PillarResult;
import ara.domain.result.Recommendation;

import java.util.List;
import java.util.Locale;

/** Section 2: the level and total, one card per pillar, strengths and gaps, and the top three recommendations. */
final class SummarySection {
    static final int TOP_RECOMMENDATIONS = 3;
    private static final int CARDS_PER_ROW = 2;

    private SummarySection() {
    }

    static void write(Html.Tag body, ReportView view) {
        AuditResult result = view.result();
        Html.Tag section = Blocks.section(body, ReportSection.EXECUTIVE_SUMMARY);
        Html.Tag lead = section.add("p", "lead");
        lead.text(view.organizationName() + " is at maturity level ");
        lead.add("b", null, result.level().title());
        lead.text(", with an overall score of " + Formats.score(result.scoreCard().total()) + " ("
                + Formats.percent(result.scoreCard().total().percent()) + ").");

        cards(section, result.pillars());
        highlights(section, view);
        top(section, view);
        if (!result.scoreCard().missingCritical().isEmpty()) {
            Blocks.note(section, "Critical questions left unanswered: " + Formats.list(
                    result.scoreCard().missingCritical().stream().map(view::questionTitle).toList()) + ".");
        }
    }

    private static void cards(Html.Tag section, List<PillarResult> pillars) {
        Html.Tag tbody = section.add("table", "cards").add("tbody");
        Html.Tag row = null;
        for (int i = 0; i < pillars.size(); i++) {
            if (i % CARDS_PER_ROW == 0) {
                row = tbody.add("tr");
            }
            PillarResult pillar = pillars.get(i);
            Html.Tag card = row.add("td", "card-cell").add("div", "card");
            card.add("div", "card-title", pillar.title());
            card.add("div", "card-percent ink", Formats.percent(pillar.score().summary().percent()));
            Blocks.bar(card, pillar.score().summary().percent());
            Html.Tag meta = card.add("div", "card-meta");
            Blocks.level(meta, pillar.level());
            meta.add("span", "card-score", "  score " + Formats.score(pillar.score().summary()));
        }
        if (pillars.size() % CARDS_PER_ROW != 0) {
            row.add("td", "card-cell");
        }
    }

    private static void highlights(Html.Tag section, ReportView view) {
        Html.Tag row = section.add("table", "two-columns").add("tbody").add("tr");
        highlightList(row.add("td", "column"), "Strengths", view.result().strengths(),
                "No question scores 7 of 10 or more yet.");
        highlightList(row.add("td", "column"), "Gaps", view.result().gaps(), "No question scores below 7 of 10.");
    }

    private static void highlightList(Html.Tag column, String title, List<Highlight> highlights, String none) {
        column.add("h2", null, title);
        if (highlights.isEmpty()) {
            Blocks.note(column, none);
            return;
        }
        Html.Tag list = column.add("ul", "plain");
        for (Highlight highlight : highlights) {
            Html.Tag item = list.add("li");
            item.add("span", null, (Highlight.PILLAR.equals(highlight.kind()) ? "Pillar: " : "")
                    + highlight.title());
            item.add("span", "muted", " " + Formats.percent(highlight.percent()));
        }
    }

    private static void top(Html.Tag section, ReportView view) {
        section.add("h2", null, "Top recommendations");
        List<Recommendation> recommendations = view.result().recommendations();
        if (recommendations.isEmpty()) {
            Blocks.note(section, "None: every answered question scores at least 7 of 10.");
            return;
        }
        Html.Tag list = section.add("ol", "top");
        for (Recommendation recommendation : recommendations.subList(0,
                Math.min(TOP_RECOMMENDATIONS, recommendations.size()))) {
            Html.Tag item = list.add("li");
            item.add("div", "rec-title", recommendation.title());
            item.add("div", "muted", view.pillarTitle(recommendation.pillar()) + " · "
                    + AdviceSection.priorityTitle(recommendation.priority()) + " priority · effort "
                    + Formats.effort(recommendation.effort()).toLowerCase(Locale.ROOT));
        }
    }
}

package ara.adapter.report.pdf;

import ara.domain.report.ReportSection;
import ara.domain.result.AuditResult;
import ara.domain.result.Highlight;
import ara.domain.result.Priority;

import java.util.List;
import java.util.Locale;

/** Section 1: title, organisation, dates, the overall score and level, versions and the contents. */
final class CoverSection {
    private CoverSection() {
    }

    static void write(Html.Tag body, ReportView view, LogoFit logo) {
        AuditResult result = view.result();
        Html.Tag cover = body.add("div", "cover");
        Html.Tag band = cover.add("div", "brand-band");
        band.add("div", "band-title", "Agent Readiness Audit");
        band.add("div", "band-subtitle", view.template().title());

        Html.Tag heading = cover.add("table", "cover-heading").add("tbody").add("tr");
        Html.Tag name = heading.add("td", "cover-name-cell");
        name.add("div", "cover-label", "Prepared for");
        name.add("div", "cover-org", view.organizationName());
        if (logo != null) {
            heading.add("td", "cover-logo-cell").add("img", "cover-logo").attr("src", ReportDocument.LOGO_URI)
                    .attr("alt", "Logo").attr("style", logo.style(ReportDocument.COVER_LOGO_WIDTH,
                            ReportDocument.COVER_LOGO_HEIGHT));
        }
        Html.Tag dates = cover.add("div", "cover-dates");
        dates.add("span", null, "Report generated " + Formats.date(view.content().generatedAt()));
        view.content().audit().submittedAt().ifPresent(at -> dates.add("span", "sep", " · ")
                .add("span", null, "audit submitted " + Formats.date(at)));

        Html.Tag panel = cover.add("table", "score-panel tint").add("tbody").add("tr");
        Html.Tag big = panel.add("td", "score-big-cell");
        big.add("div", "score-big ink", Formats.outOf100(result.scoreCard().total().percent()));
        big.add("div", "score-caption", "out of 100");
        Html.Tag facts = panel.add("td", "score-facts").add("table", "facts").add("tbody");
        fact(facts, "Overall score", Formats.scale(result.scoreCard().total().percent()));
        Html.Tag level = facts.add("tr");
        level.add("td", "fact-label", "Maturity level");
        Blocks.level(level.add("td", "fact-value"), result.level());
        pillarFact(facts, "Strongest pillar", result.strengths());
        pillarFact(facts, "Weakest pillar", result.gaps());
        fact(facts, "Recommendations", recommendations(result));
        if (!result.knowledgeGaps().isEmpty()) {
            fact(facts, "Knowledge gaps", result.knowledgeGaps().size() + " “I don't know” answer"
                    + (result.knowledgeGaps().size() == 1 ? "" : "s"));
        }
        fact(facts, "Questionnaire", view.definition().title());
        fact(facts, "Versions", view.versions());

        Html.Tag contents = cover.add("div", "contents");
        contents.add("div", "contents-title", "In this report");
        Html.Tag list = contents.add("table", "contents-list").add("tbody");
        for (ReportSection section : view.template().sections()) {
            if (section != ReportSection.COVER) {
                Html.Tag tr = list.add("tr");
                tr.add("td", "contents-number", Integer.toString(view.number(section)));
                tr.add("td", null, section.title());
            }
        }
    }

    private static void pillarFact(Html.Tag facts, String label, List<Highlight> highlights) {
        highlights.stream().filter(h -> Highlight.PILLAR.equals(h.kind())).findFirst().ifPresent(pillar ->
                fact(facts, label, pillar.title() + " (" + Formats.scale(pillar.percent()) + ")"));
    }

    /** "7: 3 high, 4 medium, 0 low priority". */
    private static String recommendations(AuditResult result) {
        StringBuilder text = new StringBuilder().append(result.recommendations().size()).append(": ");
        Priority[] priorities = Priority.values();
        for (int i = 0; i < priorities.length; i++) {
            Priority priority = priorities[i];
            text.append(i == 0 ? "" : ", ").append(result.recommendations().stream()
                    .filter(r -> r.priority() == priority).count()).append(' ')
                    .append(AdviceSection.priorityTitle(priority).toLowerCase(Locale.ROOT));
        }
        return text.append(" priority").toString();
    }

    private static void fact(Html.Tag facts, String label, String value) {
        Html.Tag fact = facts.add("tr");
        fact.add("td", "fact-label", label);
        fact.add("td", "fact-value", value);
    }
}

package ara.adapter.report.pdf;

import ara.domain.report.ReportSection;
import ara.domain.result.AuditResult;

/** Section 1: title, organisation, dates, the overall score and level, versions and the contents. */
final class CoverSection {
    private CoverSection() {
    }

    static void write(Html.Tag body, ReportView view, boolean logo) {
        AuditResult result = view.result();
        Html.Tag cover = body.add("div", "cover");
        Html.Tag band = cover.add("div", "brand-band");
        band.add("div", "band-title", "Agent Readiness Audit");
        band.add("div", "band-subtitle", view.template().title());

        Html.Tag heading = cover.add("table", "cover-heading").add("tbody").add("tr");
        Html.Tag name = heading.add("td", "cover-name-cell");
        name.add("div", "cover-label", "Prepared for");
        name.add("div", "cover-org", view.organizationName());
        if (logo) {
            heading.add("td", "cover-logo-cell").add("img", "cover-logo").attr("src", ReportDocument.LOGO_URI)
                    .attr("alt", "Logo");
        }
        Html.Tag dates = cover.add("div", "cover-dates");
        dates.add("span", null, "Report generated " + Formats.date(view.content().generatedAt()));
        view.content().audit().submittedAt().ifPresent(at -> dates.add("span", "sep", " · ")
                .add("span", null, "audit submitted " + Formats.date(at)));

        Html.Tag panel = cover.add("table", "score-panel tint").add("tbody").add("tr");
        Html.Tag big = panel.add("td", "score-big-cell");
        big.add("div", "score-big ink", Formats.percent(result.scoreCard().total().percent()));
        big.add("div", "score-caption", "overall");
        Html.Tag facts = panel.add("td", "score-facts").add("table", "facts").add("tbody");
        fact(facts, "Overall score", Formats.score(result.scoreCard().total()));
        Html.Tag level = facts.add("tr");
        level.add("td", "fact-label", "Maturity level");
        Blocks.level(level.add("td", "fact-value"), result.level());
        fact(facts, "Questionnaire", view.definition().title());
        fact(facts, "Versions", view.versions());

        Html.Tag contents = cover.add("div", "contents");
        contents.add("div", "contents-title", "In this report");
        Html.Tag list = contents.add("table", "contents-list").add("tbody");
        for (ReportSection section : view.template().sections()) {
            if (section != ReportSection.COVER) {
                Html.Tag tr = list.add("tr");
                tr.add("td", "contents-number", Integer.toString(section.number()));
                tr.add("td", null, section.title());
            }
        }
    }

    private static void fact(Html.Tag facts, String label, String value) {
        Html.Tag fact = facts.add("tr");
        fact.add("td", "fact-label", label);
        fact.add("td", "fact-value", value);
    }
}

package ara.adapter.report.pdf;

import ara.domain.report.ReportSection;
import org.w3c.dom.Document;

/**
 * The report as an XHTML document: head with the stylesheet and metadata, the running page header, and the
 * template's sections in order. Stateless.
 */
final class ReportDocument {
    /** Where the logo is found: served from memory by {@link OfflineUserAgent}, never fetched. */
    static final String LOGO_URI = "ara:logo";
    /** The boxes a logo is fitted into, in millimetres. */
    static final double HEADER_LOGO_WIDTH = 30;
    static final double HEADER_LOGO_HEIGHT = 5;
    static final double COVER_LOGO_WIDTH = 60;
    static final double COVER_LOGO_HEIGHT = 22;
    /** The page header has one line: longer names are shortened there (the cover prints them whole). */
    static final int HEADER_NAME_MAX = 60;

    /** The report's language (BCP 47): its fixed text is English, whatever the organisation writes. */
    static final String LANGUAGE = "en";

    private ReportDocument() {
    }

    /** "Executive report — Agent Readiness Audit — Contoso Retail": the PDF's title (Info and XMP). */
    static String title(ReportView view) {
        return view.template().title() + " — Agent Readiness Audit — " + view.organizationName();
    }

    /** @param logo the logo's proportions, or {@code null} for a report without a logo */
    static Document build(ReportView view, String stylesheet, BrandPalette palette, LogoFit logo) {
        Html html = new Html(title(view), LANGUAGE);
        html.head().add("meta").attr("name", "author").attr("content", "ARA — Agent Readiness Audits");
        html.head().add("meta").attr("name", "subject").attr("content", view.template().title() + ", "
                + view.versions());
        html.head().add("style").attr("type", "text/css").text(stylesheet + palette.css());
        Html.Tag bookmarks = html.head().add("bookmarks");
        for (ReportSection section : view.template().sections()) {
            if (section != ReportSection.COVER) {
                bookmarks.add("bookmark").attr("name", view.heading(section)).attr("href", "#" + Blocks.id(section));
            }
        }

        Html.Tag body = html.body();
        Html.Tag header = body.add("div", "running-header");
        if (logo != null) {
            header.add("img", "header-logo").attr("src", LOGO_URI).attr("alt", "Logo")
                    .attr("style", logo.style(HEADER_LOGO_WIDTH, HEADER_LOGO_HEIGHT));
        }
        header.add("span", "header-org", Formats.shorten(view.organizationName(), HEADER_NAME_MAX));
        header.add("span", "header-title", "Agent Readiness Audit · " + Formats.date(view.content().generatedAt()));

        for (ReportSection section : view.template().sections()) {
            switch (section) {
                case COVER -> CoverSection.write(body, view, logo);
                case EXECUTIVE_SUMMARY -> SummarySection.write(body, view);
                case SCORE_ANALYSIS -> ScoreSection.write(body, view);
                case PILLAR_ANALYSIS -> PillarSection.write(body, view);
                case RECOMMENDATIONS -> AdviceSection.recommendations(body, view);
                case ROADMAP -> AdviceSection.roadmap(body, view);
                case INSIGHTS -> AdviceSection.insights(body, view);
                case METHODOLOGY -> MethodologySection.write(body, view);
                case APPENDIX -> AppendixSection.write(body, view);
            }
        }
        return html.document();
    }
}

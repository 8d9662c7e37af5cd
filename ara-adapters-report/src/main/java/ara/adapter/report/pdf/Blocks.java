package ara.adapter.report.pdf;

import ara.domain.report.ReportSection;
import ara.domain.result.MaturityLevel;

import java.util.Locale;

/** The building blocks the sections share: section headings, bars, level badges and notes. Stateless. */
final class Blocks {
    private Blocks() {
    }

    /**
     * A section with its heading numbered for the template, on a new page (or, where the template's sections flow,
     * after the one before it, unless it is the first); returns the section to write into.
     */
    static Html.Tag section(Html.Tag body, ReportView view, ReportSection section) {
        boolean flows = view.sectionsFlow() && view.number(section) > 1;
        Html.Tag tag = body.add("div", flows ? "section section-flow" : "section").attr("id", id(section));
        // A div, not an h1: Flying Saucer paints an h1 that opens a page a second time, clipped, at the foot of the
        // page before, where text extraction and search find it.
        tag.add("div", "section-title", view.heading(section));
        return tag;
    }

    /** The section's anchor, for the PDF outline. */
    static String id(ReportSection section) {
        return "section-" + section.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A horizontal bar filled to {@code percent}. */
    static void bar(Html.Tag parent, double percent) {
        double width = Math.max(0, Math.min(100, percent));
        parent.add("div", "bar").add("div", "bar-fill").attr("style",
                String.format(Locale.ROOT, "width: %.2f%%", width));
    }

    /** The level as a badge: "Proficient". */
    static void level(Html.Tag parent, MaturityLevel level) {
        parent.add("span", "level level-" + level.name().toLowerCase(Locale.ROOT), level.title());
    }

    /** A paragraph of muted text. */
    static Html.Tag note(Html.Tag parent, String text) {
        return parent.add("p", "note", text);
    }
}

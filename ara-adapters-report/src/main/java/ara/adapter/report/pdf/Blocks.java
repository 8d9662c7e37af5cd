package ara.adapter.report.pdf;

import ara.domain.report.ReportSection;
import ara.domain.result.MaturityLevel;

import java.util.Locale;

/** The building blocks the sections share: section headings, bars, level badges and notes. Stateless. */
final class Blocks {
    private Blocks() {
    }

    /** A section on a new page, with its numbered heading; returns the section to write into. */
    static Html.Tag section(Html.Tag body, ReportSection section) {
        Html.Tag tag = body.add("div", "section").attr("id", id(section));
        // A div, not an h1: Flying Saucer paints an h1 that opens a page a second time, clipped, at the foot of the
        // page before, where text extraction and search find it.
        tag.add("div", "section-title", heading(section));
        return tag;
    }

    /** The section's anchor, for the PDF outline. */
    static String id(ReportSection section) {
        return "section-" + section.number();
    }

    /** "3. Score analysis". */
    static String heading(ReportSection section) {
        return section.number() + ". " + section.title();
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

package ara.adapter.report.pdf;

import ara.domain.report.ReportSection;
import ara.domain.report.ReportTemplate;

import java.util.List;

/** The headings a template prints, worked out independently of the renderer: its sections after the cover, 1 to n. */
final class PrintedHeadings {
    private PrintedHeadings() {
    }

    /** "3. Score analysis" in the standard report, "2. Recommendations" in the executive one. */
    static String of(ReportTemplate template, ReportSection section) {
        List<ReportSection> numbered = template.sections().stream().filter(s -> s != ReportSection.COVER).toList();
        int index = numbered.indexOf(section);
        if (index < 0) {
            throw new IllegalArgumentException(template + " does not print " + section);
        }
        return (index + 1) + ". " + section.title();
    }
}

package ara.domain.report;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The report layouts an owner can ask for: which {@link ReportSection sections} each prints and whether the pillar
 * analysis shows every question in detail (its options, function and weight). {@code executive} is the short
 * version for management, {@code standard} the full report, {@code technical} the full report with per-question
 * detail.
 */
public enum ReportTemplate {
    STANDARD("Standard report", false, EnumSet.allOf(ReportSection.class)),
    EXECUTIVE("Executive report", false, EnumSet.of(ReportSection.COVER, ReportSection.EXECUTIVE_SUMMARY,
            ReportSection.RECOMMENDATIONS, ReportSection.ROADMAP)),
    TECHNICAL("Technical report", true, EnumSet.allOf(ReportSection.class));

    /** The template used when the caller names none. */
    public static final ReportTemplate DEFAULT = STANDARD;

    private final String title;
    private final boolean questionDetail;
    private final Set<ReportSection> sections;

    ReportTemplate(String title, boolean questionDetail, EnumSet<ReportSection> sections) {
        this.title = title;
        this.questionDetail = questionDetail;
        this.sections = Collections.unmodifiableSet(sections);
    }

    /** The external name ("standard", "executive", "technical") used in the API and storage. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What people read, e.g. "Executive report". */
    public String title() {
        return title;
    }

    /** Whether the pillar analysis details every question (options, scoring function, weight). */
    public boolean questionDetail() {
        return questionDetail;
    }

    /** The sections this template prints, in printed order. */
    public Set<ReportSection> sections() {
        return sections;
    }

    public boolean includes(ReportSection section) {
        return sections.contains(section);
    }

    public static Optional<ReportTemplate> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}

package ara.adapter.report.pdf;

import ara.application.port.out.report.ReportContent;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.report.ReportSection;
import ara.domain.report.ReportTemplate;
import ara.domain.result.AuditResult;
import ara.domain.result.PillarResult;
import ara.domain.result.Recommendation;
import ara.domain.result.RoadmapPhase;
import ara.domain.result.RoadmapWindow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One report's content with the look-ups the sections share. Immutable; built per render. */
final class ReportView {
    static final String UNNAMED = "Unnamed organisation";
    private final ReportContent content;

    ReportView(ReportContent content) {
        this.content = content;
    }

    ReportContent content() {
        return content;
    }

    AuditResult result() {
        return content.result();
    }

    QuestionnaireDefinition definition() {
        return content.definition();
    }

    ReportTemplate template() {
        return content.template();
    }

    /**
     * The number {@code section} is printed with: its place among the sections this template prints after the cover
     * (1 to n), so the executive report reads 1, 2, 3 rather than the standard report's 2, 5, 6.
     *
     * @throws IllegalArgumentException for the cover or a section the template does not print
     */
    int number(ReportSection section) {
        int number = 0;
        for (ReportSection printed : template().sections()) {
            if (printed != ReportSection.COVER) {
                number++;
                if (printed == section) {
                    return number;
                }
            }
        }
        throw new IllegalArgumentException(section + " has no number in the " + template().code() + " report");
    }

    /** "3. Score analysis": the section's heading with its number in this template. */
    String heading(ReportSection section) {
        return number(section) + ". " + section.title();
    }

    /**
     * Whether the sections after the first follow on the same page rather than each opening a page: the executive
     * report is three short sections, and a page per section left pages holding a few lines (the end of the
     * recommendations, the last roadmap window).
     */
    boolean sectionsFlow() {
        return template() == ReportTemplate.EXECUTIVE;
    }

    /** The name to print: the customisation's, else the audit's, else a neutral placeholder. */
    String organizationName() {
        return content.organizationName().orElse(UNNAMED);
    }

    /** The question's title, or its id for a question the definition no longer has. */
    String questionTitle(QuestionId id) {
        return definition().question(id).map(Question::title).orElse(id.value());
    }

    /** The pillar's title, or "–" for none (a find-out recommendation of a question that scores into no pillar). */
    String pillarTitle(PillarId id) {
        if (id == null) {
            return "–";
        }
        return result().pillars().stream().filter(p -> p.score().pillar().equals(id)).findFirst()
                .map(PillarResult::title)
                .orElseGet(() -> definition().pillar(id).map(Pillar::title).orElse(id.value()));
    }

    List<Recommendation> recommendationsOf(PillarId pillar) {
        return result().recommendations().stream().filter(r -> pillar.equals(r.pillar())).toList();
    }

    /**
     * Whether the result places its recommendations in the five roadmap windows by kind, priority and effort
     * (result version 2 and later); version 1 results have three 30-day windows, one per priority.
     */
    boolean windowedRoadmap() {
        return result().resultVersion() >= 2;
    }

    /** Every roadmap window in order with the recommendations the result places in it (empty lists included). */
    Map<RoadmapWindow, List<Recommendation>> roadmapByWindow() {
        Map<RoadmapWindow, List<Recommendation>> windows = new EnumMap<>(RoadmapWindow.class);
        for (RoadmapWindow window : RoadmapWindow.values()) {
            windows.put(window, new ArrayList<>());
        }
        for (RoadmapPhase phase : result().roadmap()) {
            windows.get(phase.window()).addAll(phase.recommendations());
        }
        return windows;
    }

    /** "classic v1 · scoring v1 · profile default v1". */
    String versions() {
        AuditResult result = result();
        return result.questionnaire().value() + " v" + result.questionnaireVersion() + " · scoring v"
                + result.scoringVersion() + " · profile " + result.scoreCard().profileId() + " v"
                + result.scoreCard().profileVersion();
    }
}

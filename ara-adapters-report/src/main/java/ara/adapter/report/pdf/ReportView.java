package ara.adapter.report.pdf;

import ara.application.port.out.report.ReportContent;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.report.ReportTemplate;
import ara.domain.result.AuditResult;
import ara.domain.result.PillarResult;
import ara.domain.result.Recommendation;

import java.util.List;

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

    /** The name to print: the customisation's, else the audit's, else a neutral placeholder. */
    String organizationName() {
        return content.organizationName().orElse(UNNAMED);
    }

    /** The question's title, or its id for a question the definition no longer has. */
    String questionTitle(QuestionId id) {
        return definition().question(id).map(Question::title).orElse(id.value());
    }

    String pillarTitle(PillarId id) {
        return result().pillars().stream().filter(p -> p.score().pillar().equals(id)).findFirst()
                .map(PillarResult::title)
                .orElseGet(() -> definition().pillar(id).map(Pillar::title).orElse(id.value()));
    }

    List<Recommendation> recommendationsOf(PillarId pillar) {
        return result().recommendations().stream().filter(r -> r.pillar().equals(pillar)).toList();
    }

    /** "classic v1 · scoring v1 · profile default v1". */
    String versions() {
        AuditResult result = result();
        return result.questionnaire().value() + " v" + result.questionnaireVersion() + " · scoring v"
                + result.scoringVersion() + " · profile " + result.scoreCard().profileId() + " v"
                + result.scoreCard().profileVersion();
    }
}

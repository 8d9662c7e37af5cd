package ara.application.port.out.report;

import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.domain.audit.Audit;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.report.ReportCustomization;
import ara.domain.report.ReportTemplate;
import ara.domain.result.AuditResult;
import ara.domain.scoring.ScoreCard;
import ara.domain.scoring.ScoringModel;
import ara.domain.scoring.ScoringProfile;
import ara.domain.scoring.ScoringScheme;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one report prints: the scored audit and its stored result, the questionnaire definition and the
 * scoring profile that produced that result (for the methodology), the template, the customisation and the moment
 * of generation. Checked for consistency when built: the definition is the one the audit is pinned to, the profile
 * is the one named in the result's score card, and the result is the audit's own. Immutable.
 *
 * @param generatedAt printed as the report's date (passed in; nothing here reads a clock)
 */
public record ReportContent(Audit audit, AuditResult result, QuestionnaireDefinition definition,
                            ScoringProfile profile, ReportTemplate template, ReportCustomization customization,
                            Instant generatedAt) {

    public ReportContent {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(customization, "customization");
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (audit.result().filter(result::equals).isEmpty()) {
            throw new IllegalArgumentException("the result must be audit " + audit.id() + "'s stored result");
        }
        if (!definition.id().equals(audit.questionnaire()) || definition.version() != audit.questionnaireVersion()) {
            throw new IllegalArgumentException("audit " + audit.id() + " is pinned to " + audit.questionnaire() + " v"
                    + audit.questionnaireVersion() + ", not " + definition.id() + " v" + definition.version());
        }
        ScoreCard card = result.scoreCard();
        if (!profile.id().equals(card.profileId()) || profile.version() != card.profileVersion()) {
            throw new IllegalArgumentException("audit " + audit.id() + " was scored with profile " + card.profileId()
                    + " v" + card.profileVersion() + ", not " + profile);
        }
    }

    /**
     * The content for a scored audit, with the definition and the profile taken from the scheme the audit is
     * pinned to (what {@link QuestionnaireCatalog#find} returns for its questionnaire version).
     *
     * @throws IllegalArgumentException when the audit has no result, or the scheme is not the audit's or lacks the
     *                                  profile its result names
     */
    public static ReportContent of(Audit audit, ScoringScheme scheme, ReportTemplate template,
                                   ReportCustomization customization, Instant generatedAt) {
        AuditResult result = audit.result().orElseThrow(() -> new IllegalArgumentException("audit " + audit.id()
                + " has no result (status " + audit.status().code() + "): only a scored audit has a report"));
        if (scheme.version() != audit.scoringVersion()) {
            throw new IllegalArgumentException("audit " + audit.id() + " is pinned to scoring v" + audit.scoringVersion()
                    + ", not v" + scheme.version());
        }
        ScoringModel model = scheme.models().get(result.scoreCard().profileId());
        if (model == null) {
            throw new IllegalArgumentException("scheme " + scheme + " has no profile "
                    + result.scoreCard().profileId() + ", which scored audit " + audit.id());
        }
        return new ReportContent(audit, result, scheme.definition(), model.profile(), template, customization,
                generatedAt);
    }

    /** The organisation name to print: the customisation's, else the audit's (empty when neither has one). */
    public Optional<String> organizationName() {
        return customization.organizationNameFor(audit);
    }
}

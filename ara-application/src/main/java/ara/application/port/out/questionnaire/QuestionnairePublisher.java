package ara.application.port.out.questionnaire;

import java.time.Instant;
import java.util.List;

/**
 * Outbound port: publishes questionnaire versions (definition and scoring profiles, one catalog document each) to
 * the store every instance's {@link QuestionnaireCatalog} reads, validated exactly as the shipped files are.
 * Thread-safe.
 */
public interface QuestionnairePublisher {

    /**
     * Validates and stores one catalog document (docs/questionnaire-format.md) as a new version.
     *
     * @throws QuestionnaireRejected     when the document is not a valid questionnaire (naming the element)
     * @throws QuestionnaireVersionTaken when its version is not above every version of that questionnaire
     */
    QuestionnaireVersion publish(byte[] document, String publishedBy, Instant at);

    /** Every version, shipped and published, ordered by questionnaire id, then version. */
    List<QuestionnaireVersion> versions();
}

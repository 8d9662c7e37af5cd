package ara.adapter.assistant.offline;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.application.port.out.chat.AssistantRequest;
import ara.contract.AssistantModelContract.Recorder;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.chat.SuggestedAnswer;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.questionnaire.Step;
import ara.domain.questionnaire.StepId;
import ara.domain.scoring.ScoringScheme;
import ara.domain.wizard.WizardProgress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline assistant over the two shipped questionnaires: it answers from the texts of the audit's own
 * questionnaire (a topic only the full one asks about is found there, and not in the quick one), and its step-aware
 * context works with either questionnaire's step ids.
 */
class ShippedQuestionnairesAssistantTest {
    private static final ClasspathQuestionnaireCatalog CATALOG = new ClasspathQuestionnaireCatalog();
    private static final ScoringScheme FULL = CATALOG.current(QuestionnaireId.of("full")).orElseThrow();
    private static final ScoringScheme CLASSIC = CATALOG.current(QuestionnaireId.of("classic")).orElseThrow();

    private final OfflineAssistantModel model = new OfflineAssistantModel();

    /** A request on {@code step} of {@code scheme}, with no answers yet. */
    private static AssistantRequest request(ScoringScheme scheme, String step, String message) {
        return request(scheme, step, message, Answers.none());
    }

    private static AssistantRequest request(ScoringScheme scheme, String step, String message, Answers answers) {
        QuestionnaireDefinition definition = scheme.definition();
        Visibility visibility = Visibility.of(definition, answers);
        Step current = definition.step(StepId.of(step)).orElseThrow();
        return new AssistantRequest("You help with the " + definition.title() + ".", "", List.of(), List.of(),
                message, definition, current, answers, WizardProgress.of(visibility),
                scheme.modelFor(visibility).score(visibility));
    }

    private String reply(AssistantRequest request) {
        Recorder recorder = new Recorder();
        model.reply(request, recorder);
        return recorder.text();
    }

    private static String title(ScoringScheme scheme, String question) {
        return scheme.definition().question(QuestionId.of(question)).orElseThrow().title();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How do we defend our agents against prompt injection? | organisation_profile | prompt_injection_defences",
            "What are idempotent writes and why do agents need them? | organisation_profile | idempotent_writes",
            "Does the EU AI Act apply to us? | governance_risk | eu_ai_act_classification"})
    void findsTheFullQuestionnairesPassageForATopicOnlyItAsks(String message, String step, String question) {
        // The first two are asked from the first step, far from the question: the texts alone find it.
        Question asked = FULL.definition().question(QuestionId.of(question)).orElseThrow();

        String text = reply(request(FULL, step, message));

        assertThat(text).containsAnyOf("Question: " + asked.title(),
                "Advice: " + asked.improvementAdvice().orElseThrow().title());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How do we defend our agents against prompt injection?",
            "What are idempotent writes and why do agents need them?"})
    void theQuickQuestionnaireDoesNotAnswerFromTheFullOnesTexts(String message) {
        String text = reply(request(CLASSIC, CLASSIC.definition().steps().getFirst().id().value(), message));

        List<String> fullOnly = FULL.definition().questions().stream().map(Question::title)
                .filter(title -> CLASSIC.definition().questions().stream().noneMatch(q -> q.title().equals(title)))
                .toList();
        assertThat(fullOnly).noneMatch(text::contains);
    }

    @Test
    void citesTheFrameworkItemsAQuestionRestsOn() {
        String text = reply(request(FULL, "organisation_profile", "Which article of the EU AI Act covers human "
                + "oversight?"));

        assertThat(text).contains("Question: " + title(FULL, "human_oversight"))
                .contains("[Rests on: eu-ai-act Art. 14; ");
    }

    @Test
    void namesTheStepOfTheFullQuestionnaireTheUserIsOnAndAnswersFromIt() {
        Step security = FULL.definition().step(StepId.of("security_identity")).orElseThrow();

        String text = reply(request(FULL, "security_identity", "Which identities and secrets should our agents use?"));

        assertThat(text).contains("You are on the step \u201c" + security.title() + "\u201d (0 of "
                + security.questions().size() + " questions answered)");
        List<Question> cited = FULL.definition().questions().stream()
                .filter(q -> text.contains("Question: " + q.title())).toList();
        assertThat(cited).isNotEmpty().allMatch(q -> q.step().equals(security.id()));
    }

    @Test
    void explainsTheIDontKnowAnswerFromTheFaqAndNeverProposesIt() {
        Recorder recorder = new Recorder();

        model.reply(request(FULL, "governance_risk", "What should I answer if I don't know?"), recorder);

        assertThat(recorder.text()).contains("FAQ: What if I don't know the answer?");
        assertThat(recorder.suggestions).as("\"I don't know\" in a message is not an answer").isEmpty();
    }

    @Test
    void proposesAnOptionOfTheFullQuestionnaireByItsSynonym() {
        Answers answers = Answers.none();
        Recorder recorder = new Recorder();
        Question withSynonyms = FULL.definition().questions().stream()
                .filter(q -> q.options().stream().anyMatch(o -> !o.synonyms().isEmpty())).findFirst().orElseThrow();
        var option = withSynonyms.options().stream().filter(o -> !o.synonyms().isEmpty()).findFirst().orElseThrow();

        model.reply(request(FULL, withSynonyms.step().value(), "We use " + option.synonyms().getFirst() + ".",
                answers), recorder);

        assertThat(recorder.suggestions).extracting(SuggestedAnswer::questionId).contains(withSynonyms.id());
        assertThat(recorder.suggestions).filteredOn(s -> s.questionId().equals(withSynonyms.id()))
                .singleElement().satisfies(s -> assertThat(s.value()).isIn(
                        new AnswerValue.Choice(option.id()), new AnswerValue.Choices(List.of(option.id()))));
    }

    @Test
    void theQuickQuestionnaireStillAnswersFromItsOwnTexts() {
        QuestionnaireDefinition classic = CLASSIC.definition();
        Question first = classic.questions().stream().filter(q -> !q.helpText().isBlank()).findFirst()
                .orElseThrow();

        String text = reply(request(CLASSIC, first.step().value(), first.title()));

        assertThat(text).contains("Question: " + first.title()).contains("You are on the step");
    }
}

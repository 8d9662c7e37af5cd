package ara.adapter.assistant.offline;

import ara.application.port.out.chat.AssistantModel;
import ara.application.port.out.chat.AssistantRequest;
import ara.application.port.out.chat.ChatTurn;
import ara.contract.AssistantModelContract;
import ara.contract.ContractQuestionnaire;
import ara.domain.answer.AnswerValue;
import ara.domain.chat.ChatRole;
import ara.domain.chat.SuggestedAnswer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline assistant against the contract, and what only it does. */
class OfflineAssistantModelTest extends AssistantModelContract {
    private final OfflineAssistantModel model = new OfflineAssistantModel();

    @Override
    protected AssistantModel model() {
        return model;
    }

    @Test
    void saysItIsTheOfflineAssistantAndCitesTheStepAndScore() {
        Recorder recorder = new Recorder();

        model.reply(request("What is this about?"), recorder);

        assertThat(recorder.text()).startsWith("Offline assistant").contains("\u201cProfile\u201d")
                .contains("partial score");
    }

    @Test
    void answersFromTheFaq() {
        Recorder recorder = new Recorder();

        model.reply(request("How is my score calculated?"), recorder);

        assertThat(recorder.text()).contains("FAQ: How is my score calculated?").contains("weight");
    }

    @Test
    void addsNamedOptionsToAMultiSelectAndLeavesOneWordLabelsAlone() {
        Recorder recorder = new Recorder();

        // "Data warehouse" is a two-word label; "CRM" is a one-word label (too common to read as a choice).
        model.reply(request("We have a data warehouse and a CRM, but which other options exist?"), recorder);

        assertThat(recorder.suggestions).containsExactly(new SuggestedAnswer(ContractQuestionnaire.DATA_SOURCES,
                new AnswerValue.Choices(List.of("warehouse")), "you mentioned Data warehouse"));
    }

    @Test
    void proposesNoSingleSelectWhenTwoOptionsAreNamed() {
        Recorder recorder = new Recorder();

        model.reply(request("Half banking, half hospital."), recorder);

        assertThat(recorder.suggestions).isEmpty();
    }

    @Test
    void recallsEarlierMessagesWhenAsked() {
        AssistantRequest base = request("What did I say about our cloud?");
        AssistantRequest withRecall = new AssistantRequest(base.systemPrompt(), "", List.of(),
                List.of(new ChatTurn(ChatRole.USER, "Our cloud is all on AWS.")), base.message(), base.definition(),
                base.step(), base.answers(), base.progress(), base.score());
        Recorder recorder = new Recorder();

        model.reply(withRecall, recorder);

        assertThat(recorder.text()).contains("Earlier in this chat you wrote").contains("Our cloud is all on AWS.");
    }

    @Test
    void buildsItsKnowledgeFromEveryStepQuestionPillarAndTheFaq() {
        var definition = ContractQuestionnaire.scheme().definition();
        int questions = definition.questions().size();
        long advice = definition.questions().stream().filter(q -> q.improvementAdvice().isPresent()).count();

        assertThat(model.passages(definition)).isEqualTo(1 + definition.pillars().size() + definition.steps().size()
                + questions + (int) advice + definition.sources().size() + 9);
    }
}

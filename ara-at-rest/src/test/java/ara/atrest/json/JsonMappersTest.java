package ara.atrest.json;

import ara.contract.AuditSamples;
import ara.domain.answer.AnswerValue;
import ara.domain.result.AuditResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hand-written JSON mappers: their stored form, exact round trips, and strictness about corrupt documents. */
class JsonMappersTest {

    @Test
    void answersAreStoredAsDocumentsTaggedByShape() {
        assertThat(AnswerJson.write(new AnswerValue.Choice("crm"))).isEqualTo("{\"type\":\"choice\",\"optionId\":\"crm\"}");
        assertThat(AnswerJson.write(new AnswerValue.Choices(List.of("b", "a"))))
                .isEqualTo("{\"type\":\"choices\",\"optionIds\":[\"b\",\"a\"]}");
        assertThat(AnswerJson.write(new AnswerValue.Number(0.1 + 0.2)))
                .isEqualTo("{\"type\":\"number\",\"value\":0.30000000000000004}");
        assertThat(AnswerJson.write(new AnswerValue.Flag(false))).isEqualTo("{\"type\":\"flag\",\"value\":false}");
        assertThat(AnswerJson.write(new AnswerValue.Text("x"))).isEqualTo("{\"type\":\"text\",\"value\":\"x\"}");
    }

    @Test
    void everyAnswerReadsBackEqual() {
        AuditSamples.answersOfEveryShape().asMap().values()
                .forEach(value -> assertThat(AnswerJson.read(AnswerJson.write(value))).isEqualTo(value));
    }

    @Test
    void aNumberWrittenAsAnIntegerReadsBackAsADouble() {
        assertThat(AnswerJson.read("{\"type\":\"number\",\"value\":7}")).isEqualTo(new AnswerValue.Number(7));
    }

    @Test
    void corruptAnswerDocumentsAreRejectedNamingTheProblem() {
        assertThatThrownBy(() -> AnswerJson.read("{\"type\":\"bogus\"}")).hasMessageContaining("bogus");
        assertThatThrownBy(() -> AnswerJson.read("{\"type\":\"choice\"}")).hasMessageContaining("optionId");
        assertThatThrownBy(() -> AnswerJson.read("{\"type\":\"flag\",\"value\":\"yes\"}"))
                .hasMessageContaining("value");
        assertThatThrownBy(() -> AnswerJson.read("[1]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> AnswerJson.read("{not json")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResultReadsBackEqualDownToItsLastRecord() {
        AuditResult result = AuditSamples.result(AuditSamples.T0);

        String json = ResultJson.write(result);

        assertThat(json).startsWith("{\"format\":2,\"resultVersion\":2,");
        assertThat(ResultJson.read(json)).isEqualTo(result);
    }

    @Test
    void aResultOfAnUnknownFormatIsRejected() {
        String future = ResultJson.write(AuditSamples.result(AuditSamples.T0)).replace("\"format\":2", "\"format\":3");

        assertThatThrownBy(() -> ResultJson.read(future)).hasMessageContaining("format 3");
    }
}

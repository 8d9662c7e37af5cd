package ara.adapter.catalog;

import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.Operand;
import ara.domain.questionnaire.Operator;
import ara.domain.questionnaire.QuestionId;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps a JSON condition to a domain {@link Condition}: {@code {"question", "operator", "value"?}} or a nested
 * {@code {"all": [...]}} / {@code {"any": [...]}}. Whether the question and its options exist is checked later by
 * the domain, against the whole definition. Stateless.
 */
final class ConditionMapper {
    private static final String OPERATORS = Arrays.stream(Operator.values()).map(Operator::code)
            .collect(Collectors.joining(", "));

    private ConditionMapper() {
    }

    static Condition condition(JsonCursor json) {
        json.asObject();
        if (json.has("all")) {
            json.allowOnly("all");
            return new Condition.All(members(json, "all"));
        }
        if (json.has("any")) {
            json.allowOnly("any");
            return new Condition.Any(members(json, "any"));
        }
        if (!json.has("question")) {
            throw json.fail("a condition needs \"question\" and \"operator\" (a comparison) or \"all\"/\"any\" "
                    + "(a group)");
        }
        json.allowOnly("question", "operator", "value");
        QuestionId question = json.child("question").attempt(() -> QuestionId.of(json.text("question")));
        String code = json.text("operator");
        Operator operator = Operator.fromCode(code).orElseThrow(() -> json.child("operator").fail(
                "unknown operator \"" + code + "\"; known operators: " + OPERATORS));
        Operand operand = json.has("value") ? operand(json.child("value")) : Operand.none();
        return json.attempt(() -> new Condition.Comparison(question, operator, operand));
    }

    private static List<Condition> members(JsonCursor json, String group) {
        List<Condition> members = new ArrayList<>();
        for (JsonCursor member : json.array(group)) {
            members.add(condition(member));
        }
        return members;
    }

    private static Operand operand(JsonCursor value) {
        JsonNode node = value.node();
        if (node.isTextual()) {
            return new Operand.Text(node.textValue());
        }
        if (node.isNumber()) {
            return value.attempt(() -> new Operand.Number(node.doubleValue()));
        }
        if (node.isBoolean()) {
            return new Operand.Flag(node.booleanValue());
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isTextual()) {
                    throw value.fail("a list value must hold only strings, got " + JsonCursor.kind(element));
                }
                values.add(element.textValue());
            }
            return new Operand.TextList(values);
        }
        throw value.fail("must be a string, a number, a boolean or an array of strings, got "
                + JsonCursor.kind(node));
    }
}

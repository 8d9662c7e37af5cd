package ara.adapter.web.request;

import ara.adapter.web.problem.FieldError;
import ara.domain.audit.Audit;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.text.CleanText;
import ara.domain.text.TextRejected;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/** Reads optional scalar fields of a JSON body, adding a {@link FieldError} per problem. Stateless. */
public final class BodyValues {
    private BodyValues() {
    }

    /** An optional questionnaire id; {@code null} or absent means "the default". */
    public static Optional<QuestionnaireId> questionnaireId(ObjectNode body, String field,
                                                           List<FieldError> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            problems.add(new FieldError(field, "wrong_type", field + " must be a questionnaire id (string)"));
            return Optional.empty();
        }
        try {
            return Optional.of(QuestionnaireId.of(node.textValue()));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldError(field, "invalid_format", field
                    + " must be 1-64 characters of a-z, 0-9, '_' or '-', got: " + node.textValue()));
            return Optional.empty();
        }
    }

    /** An optional whole number {@code >= 1}; {@code null} or absent means "none given". */
    public static Optional<Integer> positiveInt(ObjectNode body, String field, List<FieldError> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            problems.add(new FieldError(field, node.isNumber() ? "out_of_range" : "wrong_type",
                    field + " must be a whole number >= 1"));
            return Optional.empty();
        }
        return Optional.of(node.intValue());
    }

    /**
     * An optional one-line string (a name, an email, an id); {@code null} or absent gives empty. The body's strings
     * are already in NFC and free of other control characters ({@link Requests#jsonObject}); here line breaks and
     * tabs are refused too.
     */
    public static Optional<String> text(ObjectNode body, String field, List<FieldError> problems) {
        Optional<String> text = multiLineText(body, field, problems);
        if (text.isPresent()) {
            try {
                CleanText.of(text.get(), CleanText.Lines.SINGLE);
            } catch (TextRejected e) {
                problems.add(new FieldError(field, e.rule(), field + " " + e.getMessage()));
                return Optional.empty();
            }
        }
        return text;
    }

    /** An optional string that may span lines (a chat message); {@code null} or absent gives empty. */
    public static Optional<String> multiLineText(ObjectNode body, String field, List<FieldError> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            problems.add(new FieldError(field, "wrong_type", field + " must be a string"));
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    /** Adds a problem when an organisation name is longer than an audit's may be (counted in characters). */
    public static void checkOrganizationName(String field, String name, List<FieldError> problems) {
        String trimmed = name.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > Audit.ORGANIZATION_NAME_MAX) {
            problems.add(new FieldError(field, "too_long", field + " takes at most " + Audit.ORGANIZATION_NAME_MAX
                    + " characters, got " + length));
        }
    }
}

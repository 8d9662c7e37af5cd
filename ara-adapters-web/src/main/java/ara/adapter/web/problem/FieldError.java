package ara.adapter.web.problem;

import java.util.Objects;

/**
 * One problem with one part of a request, as listed in a problem's {@code errors}.
 *
 * @param field   the JSON path or parameter at fault, e.g. {@code value}, {@code answers.company_size}, {@code page}
 * @param rule    the rule broken, e.g. {@code wrong_type}, {@code required}, {@code invalid_format}
 * @param message a sentence for people
 */
public record FieldError(String field, String rule, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}

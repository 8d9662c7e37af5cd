package ara.adapter.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Objects;

/**
 * Response body: an RFC 9457 problem detail ({@code application/problem+json}). {@code errors} is present for
 * validation problems, {@code correlationId} for unexpected failures; both are left out otherwise. {@code requestId}
 * is the request's {@code X-Request-Id}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                      String correlationId, String requestId) {
    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        errors = errors == null ? null : List.copyOf(errors);
    }
}

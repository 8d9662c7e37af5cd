package ara.adapter.web.request;

import ara.adapter.web.problem.FieldError;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the top-level fields of a JSON body: unknown fields are reported, so typos do not pass silently. */
public final class BodyFields {
    private BodyFields() {
    }

    /** Adds a problem to {@code problems} for each field of {@code body} not in {@code allowed}. */
    public static void rejectUnknown(ObjectNode body, Set<String> allowed, List<FieldError> problems) {
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, ?> field : body.properties()) {
            if (!allowed.contains(field.getKey())) {
                unknown.add(field.getKey());
            }
        }
        unknown.forEach(name -> problems.add(new FieldError(name, "unknown_field",
                "field " + name + " is not part of this request; allowed: " + String.join(", ", allowed.stream()
                        .sorted().toList()))));
    }
}

package ara.adapter.webhook;

import ara.domain.event.DomainEvent;

import java.time.format.DateTimeFormatter;

/**
 * The JSON body of a webhook, in the shape Standard Webhooks recommends: {@code type}, {@code timestamp} (when the
 * event occurred, ISO 8601) and {@code data}: {@code auditId}, {@code reportId} (report events), {@code status},
 * {@code questionnaire} ({@code id}, {@code version}), {@code total} and {@code level} (scored audits). Never an
 * email address or an answer. Stateless.
 */
public final class WebhookPayload {

    private WebhookPayload() {
    }

    /** The body for {@code event}; the same event always gives the same bytes. */
    public static String json(DomainEvent event) {
        StringBuilder data = new StringBuilder();
        field(data, "auditId", quoted(event.audit().value().toString()));
        event.report().ifPresent(report -> field(data, "reportId", quoted(report.value().toString())));
        field(data, "status", quoted(event.status()));
        event.questionnaire().ifPresent(questionnaire -> field(data, "questionnaire",
                "{\"id\":" + quoted(questionnaire.value()) + ",\"version\":"
                        + event.questionnaireVersion().orElseThrow() + "}"));
        event.total().ifPresent(total -> field(data, "total", Integer.toString(total)));
        event.level().ifPresent(level -> field(data, "level", quoted(level)));
        return "{\"type\":" + quoted(event.type().code())
                + ",\"timestamp\":" + quoted(DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()))
                + ",\"data\":{" + data + "}}";
    }

    private static void field(StringBuilder json, String name, String value) {
        if (!json.isEmpty()) {
            json.append(',');
        }
        json.append('"').append(name).append("\":").append(value);
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

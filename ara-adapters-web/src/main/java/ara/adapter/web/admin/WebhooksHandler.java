package ara.adapter.web.admin;

import ara.adapter.web.http.ApiPaths;
import ara.adapter.web.http.Responses;
import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.BodyFields;
import ara.adapter.web.request.BodyValues;
import ara.adapter.web.request.Requests;
import ara.application.port.in.webhook.AdministerWebhooksUseCase;
import ara.application.port.in.webhook.ChangeWebhookCommand;
import ara.application.port.in.webhook.RegisterWebhookCommand;
import ara.application.port.in.webhook.RegisteredWebhookView;
import ara.domain.event.EventType;
import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookEndpointId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Handler of {@link AdministerWebhooksUseCase} under {@code /admin/webhooks}: register (201 with the secret, shown
 * this once), list, read, change ({@code PATCH}: only the fields given), delete (204), rotate the secret, list an
 * endpoint's deliveries (newest first, {@code page}/{@code size}) and replay one event to it. Bodies are checked
 * field by field (422 naming each field and rule); a URL the server-side request forgery rules refuse is a 422 on
 * {@code url}. Thread-safe.
 */
public final class WebhooksHandler {
    static final String URL = "url";
    static final String EVENT_TYPES = "eventTypes";
    static final String DESCRIPTION = "description";
    static final String ENABLED = "enabled";
    private static final Set<String> REGISTER_FIELDS = Set.of(URL, EVENT_TYPES, DESCRIPTION);
    private static final Set<String> CHANGE_FIELDS = Set.of(URL, EVENT_TYPES, DESCRIPTION, ENABLED);
    private static final int MAX_PAGE = 100;
    private static final int MAX_PAGES = 10_000;
    private static final String CODES = Arrays.stream(EventType.values()).map(EventType::code)
            .collect(Collectors.joining(", "));

    private final AdministerWebhooksUseCase webhooks;

    public WebhooksHandler(AdministerWebhooksUseCase webhooks) {
        this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
    }

    public void register(Context ctx) {
        ObjectNode body = Requests.requiredJsonObject(ctx);
        List<FieldError> problems = new ArrayList<>();
        BodyFields.rejectUnknown(body, REGISTER_FIELDS, problems);
        Optional<URI> url = url(body, problems);
        if (url.isEmpty() && !body.hasNonNull(URL)) {
            problems.add(new FieldError(URL, "required", "url is required"));
        }
        Optional<Set<EventType>> types = eventTypes(body, problems);
        if (types.isEmpty() && !body.hasNonNull(EVENT_TYPES)) {
            problems.add(new FieldError(EVENT_TYPES, "required", "eventTypes is required: one or more of " + CODES));
        }
        Optional<String> description = description(body, problems);
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        RegisteredWebhookView registered = webhooks.register(new RegisterWebhookCommand(url.orElseThrow(),
                types.orElseThrow(), description.orElse("")));
        ctx.header("Location", ApiPaths.V1 + "/admin/webhooks/" + registered.endpoint().id());
        Responses.json(ctx, 201, WebhookSecretResponse.from(registered));
    }

    public void list(Context ctx) {
        Responses.ok(ctx, Map.of("items", webhooks.list().stream().map(WebhookResponse::from).toList()));
    }

    public void get(Context ctx) {
        Responses.ok(ctx, WebhookResponse.from(webhooks.get(id(ctx))));
    }

    public void change(Context ctx) {
        WebhookEndpointId id = id(ctx);
        ObjectNode body = Requests.requiredJsonObject(ctx);
        List<FieldError> problems = new ArrayList<>();
        BodyFields.rejectUnknown(body, CHANGE_FIELDS, problems);
        Optional<URI> url = url(body, problems);
        Optional<Set<EventType>> types = eventTypes(body, problems);
        Optional<String> description = description(body, problems);
        Optional<Boolean> enabled = Optional.empty();
        JsonNode enabledNode = body.get(ENABLED);
        if (enabledNode != null && !enabledNode.isNull()) {
            if (enabledNode.isBoolean()) {
                enabled = Optional.of(enabledNode.booleanValue());
            } else {
                problems.add(new FieldError(ENABLED, "wrong_type", "enabled must be true or false"));
            }
        }
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        WebhookEndpoint changed = webhooks.change(id, new ChangeWebhookCommand(url, types, description, enabled));
        Responses.ok(ctx, WebhookResponse.from(changed));
    }

    public void delete(Context ctx) {
        webhooks.delete(id(ctx));
        ctx.status(204);
    }

    public void rotateSecret(Context ctx) {
        Responses.ok(ctx, WebhookSecretResponse.from(webhooks.rotateSecret(id(ctx))));
    }

    public void deliveries(Context ctx) {
        WebhookEndpointId id = id(ctx);
        int page = Requests.intQuery(ctx, "page", 0, 0, MAX_PAGES);
        int size = Requests.intQuery(ctx, "size", 20, 1, MAX_PAGE);
        Responses.ok(ctx, Map.of("items", webhooks.deliveries(id, page * size, size).stream()
                .map(WebhookDeliveryResponse::from).toList(), "page", page, "size", size));
    }

    public void replay(Context ctx) {
        WebhookEndpointId id = id(ctx);
        UUID event = uuid(ctx, "eventId");
        Responses.ok(ctx, WebhookDeliveryResponse.from(webhooks.replay(id, event)));
    }

    private static WebhookEndpointId id(Context ctx) {
        return new WebhookEndpointId(uuid(ctx, "id"));
    }

    private static UUID uuid(Context ctx, String name) {
        String text = ctx.pathParam(name);
        try {
            UUID value = UUID.fromString(text);
            if (value.toString().equals(text)) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw RequestRejected.badRequest(name, "invalid_format", name + " " + Requests.ID_RULE + text);
    }

    private static Optional<URI> url(ObjectNode body, List<FieldError> problems) {
        Optional<String> text = BodyValues.text(body, URL, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().length() > WebhookEndpoint.MAX_URL) {
            problems.add(new FieldError(URL, "too_long", "url takes at most " + WebhookEndpoint.MAX_URL
                    + " characters"));
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.get());
            if (!uri.isAbsolute() || uri.getHost() == null) {
                problems.add(new FieldError(URL, "invalid_format", "url must be an absolute URL with a host"));
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            problems.add(new FieldError(URL, "invalid_format", "url is not a valid URL"));
            return Optional.empty();
        }
    }

    private static Optional<Set<EventType>> eventTypes(ObjectNode body, List<FieldError> problems) {
        JsonNode node = body.get(EVENT_TYPES);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isArray() || node.isEmpty()) {
            problems.add(new FieldError(EVENT_TYPES, node.isArray() ? "empty" : "wrong_type",
                    "eventTypes must be a non-empty array of: " + CODES));
            return Optional.empty();
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (JsonNode each : node) {
            Optional<EventType> type = each.isTextual() ? EventType.fromCode(each.textValue()) : Optional.empty();
            if (type.isEmpty()) {
                problems.add(new FieldError(EVENT_TYPES, "unknown_event_type", "eventTypes may hold only: " + CODES
                        + "; got: " + each));
                return Optional.empty();
            }
            types.add(type.get());
        }
        return Optional.of(types);
    }

    private static Optional<String> description(ObjectNode body, List<FieldError> problems) {
        Optional<String> text = BodyValues.text(body, DESCRIPTION, problems);
        if (text.filter(value -> value.length() > WebhookEndpoint.MAX_DESCRIPTION).isPresent()) {
            problems.add(new FieldError(DESCRIPTION, "too_long", "description takes at most "
                    + WebhookEndpoint.MAX_DESCRIPTION + " characters"));
            return Optional.empty();
        }
        return text;
    }
}

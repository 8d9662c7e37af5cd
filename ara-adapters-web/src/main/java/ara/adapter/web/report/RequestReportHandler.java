package ara.adapter.web.report;

import ara.adapter.web.http.ApiPaths;
import ara.adapter.web.http.Responses;
import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.BodyFields;
import ara.adapter.web.request.BodyValues;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.report.RequestReportCommand;
import ara.application.port.in.report.RequestReportUseCase;
import ara.domain.audit.AuditId;
import ara.domain.report.BrandColour;
import ara.domain.report.BrandColourRejected;
import ara.domain.report.Report;
import ara.domain.report.ReportOptions;
import ara.domain.report.ReportTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Handler of {@link RequestReportUseCase}: {@code POST /audits/{id}/reports} with an optional body
 * {@code {"template"?, "customization"?: {"organizationName"?, "brandColour"?, "logoKey"?}}} answers 202, the report
 * and its {@code Location}; an identical request while one is queued or running answers the same job. Every field
 * problem is reported at once (422), named by its path ({@code customization.brandColour}). Thread-safe.
 */
public final class RequestReportHandler {
    private static final Set<String> FIELDS = Set.of("template", "customization");
    private static final Set<String> CUSTOMIZATION_FIELDS = Set.of("organizationName", "brandColour", "logoKey");
    private static final String CUSTOMIZATION = "customization";

    private final RequestReportUseCase useCase;

    public RequestReportHandler(RequestReportUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void request(Context ctx) {
        AuditId audit = Requests.auditId(ctx);
        Optional<ObjectNode> body = Requests.jsonObject(ctx);
        List<FieldError> problems = new ArrayList<>();
        ReportTemplate template = body.flatMap(b -> template(b, problems)).orElse(null);
        ReportOptions options = body.flatMap(b -> options(b, problems)).orElse(ReportOptions.none());
        body.ifPresent(b -> BodyFields.rejectUnknown(b, FIELDS, problems));
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        Report report = useCase.request(new RequestReportCommand(audit, template, options,
                RequestAttributes.caller(ctx)));
        ctx.header("Location", ApiPaths.report(report.id().toString()));
        Responses.json(ctx, 202, ReportResponse.from(report));
    }

    private static Optional<ReportTemplate> template(ObjectNode body, List<FieldError> problems) {
        return BodyValues.text(body, "template", problems).flatMap(code -> {
            Optional<ReportTemplate> template = ReportTemplate.fromCode(code);
            if (template.isEmpty()) {
                problems.add(new FieldError("template", "unknown_template", "template must be one of "
                        + String.join(", ", Arrays.stream(ReportTemplate.values()).map(ReportTemplate::code)
                        .toList()) + ", got: " + code));
            }
            return template;
        });
    }

    private static Optional<ReportOptions> options(ObjectNode body, List<FieldError> problems) {
        JsonNode node = body.get(CUSTOMIZATION);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!(node instanceof ObjectNode customization)) {
            problems.add(new FieldError(CUSTOMIZATION, "wrong_type", "customization must be an object"));
            return Optional.empty();
        }
        int before = problems.size();
        List<FieldError> inner = new ArrayList<>();
        String name = BodyValues.text(customization, "organizationName", inner).orElse(null);
        String colour = BodyValues.text(customization, "brandColour", inner).orElse(null);
        String logoKey = BodyValues.text(customization, "logoKey", inner).orElse(null);
        BodyFields.rejectUnknown(customization, CUSTOMIZATION_FIELDS, inner);
        inner.forEach(problem -> problems.add(new FieldError(CUSTOMIZATION + "." + problem.field(), problem.rule(),
                problem.message())));
        BrandColour brandColour = colour == null ? null : brandColour(colour, problems);
        if (name != null) {
            BodyValues.checkOrganizationName("customization.organizationName", name, problems);
        }
        if (logoKey != null && (logoKey.isBlank() || logoKey.length() > ReportOptions.LOGO_KEY_MAX)) {
            problems.add(new FieldError("customization.logoKey", "invalid_format", "customization.logoKey must be the"
                    + " key of an upload (1-" + ReportOptions.LOGO_KEY_MAX + " characters)"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ReportOptions(name, brandColour, logoKey));
    }

    private static BrandColour brandColour(String text, List<FieldError> problems) {
        try {
            return BrandColour.of(text);
        } catch (BrandColourRejected e) {
            problems.add(new FieldError("customization.brandColour", "invalid_format", "customization."
                    + e.getMessage()));
            return null;
        }
    }
}

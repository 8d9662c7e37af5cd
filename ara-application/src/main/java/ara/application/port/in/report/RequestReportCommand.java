package ara.application.port.in.report;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;
import ara.domain.report.ReportOptions;
import ara.domain.report.ReportTemplate;

import java.util.Objects;

/**
 * Command: render a report of an audit.
 *
 * @param template the layout; {@code null} means {@link ReportTemplate#DEFAULT}
 * @param options  the customisation (organisation name, brand colour, logo upload key)
 * @param caller   who asks; only the audit's owner (or an admin) may
 */
public record RequestReportCommand(AuditId audit, ReportTemplate template, ReportOptions options, Caller caller) {
    public RequestReportCommand {
        Objects.requireNonNull(audit, "audit");
        template = template == null ? ReportTemplate.DEFAULT : template;
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(caller, "caller");
    }
}

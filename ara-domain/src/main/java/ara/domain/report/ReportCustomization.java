package ara.domain.report;

import ara.domain.audit.Audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Value object: how an owner dressed a report: an organisation name printed instead of the audit's, a brand colour
 * (ARA's own when none is chosen) and a logo. Immutable; equal customisations print equal reports.
 *
 * @param organizationName printed instead of the audit's name; {@code null} keeps the audit's; at most
 *                         {@value Audit#ORGANIZATION_NAME_MAX} characters, like the audit's own
 * @param brandColour      headings, bars and the cover band
 * @param logo             printed on the cover and page headers, or {@code null}
 */
public record ReportCustomization(String organizationName, BrandColour brandColour, Logo logo) {
    private static final ReportCustomization NONE = new ReportCustomization(null, BrandColour.ARA, null);

    public ReportCustomization {
        Objects.requireNonNull(brandColour, "brandColour");
        if (organizationName != null) {
            organizationName = organizationName.strip();
            if (organizationName.isEmpty()) {
                organizationName = null;
            } else if (organizationName.codePointCount(0, organizationName.length())
                    > Audit.ORGANIZATION_NAME_MAX) {
                throw new IllegalArgumentException("organizationName must be at most "
                        + Audit.ORGANIZATION_NAME_MAX + " characters");
            }
        }
    }

    /** No customisation: the audit's name, ARA's colour, no logo. */
    public static ReportCustomization none() {
        return NONE;
    }

    public ReportCustomization withOrganizationName(String name) {
        return new ReportCustomization(name, brandColour, logo);
    }

    public ReportCustomization withBrandColour(BrandColour colour) {
        return new ReportCustomization(organizationName, colour, logo);
    }

    public ReportCustomization withLogo(Logo newLogo) {
        return new ReportCustomization(organizationName, brandColour, newLogo);
    }

    public Optional<String> organizationNameOverride() {
        return Optional.ofNullable(organizationName);
    }

    public Optional<Logo> logoImage() {
        return Optional.ofNullable(logo);
    }

    /** The name to print for this audit: the override, else the audit's name (empty when neither has one). */
    public Optional<String> organizationNameFor(Audit audit) {
        return organizationNameOverride().or(audit::organizationName);
    }
}

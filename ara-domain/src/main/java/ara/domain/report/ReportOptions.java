package ara.domain.report;

import ara.domain.audit.Audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: the customisation an owner asked for when requesting a report: an organisation name, a brand
 * colour and a logo named by the key of an upload (its bytes are read and checked when the job renders, see
 * {@link Logo}). Immutable; equal options print equal reports, which is what de-duplication relies on.
 *
 * @param organizationName printed instead of the audit's, or {@code null}; blank means none; at most
 *                         {@value Audit#ORGANIZATION_NAME_MAX} characters
 * @param brandColour      the colour, or {@code null} for ARA's own
 * @param logoKey          the key of the uploaded logo, or {@code null}; at most {@value #LOGO_KEY_MAX} characters
 */
public record ReportOptions(String organizationName, BrandColour brandColour, String logoKey) {
    /** The longest logo key (the object-key limit). */
    public static final int LOGO_KEY_MAX = 1024;
    private static final ReportOptions NONE = new ReportOptions(null, null, null);

    public ReportOptions {
        organizationName = new ReportCustomization(organizationName, BrandColour.ARA, null).organizationName();
        if (logoKey != null && (logoKey.isBlank() || logoKey.length() > LOGO_KEY_MAX)) {
            throw new IllegalArgumentException("logoKey must be 1-" + LOGO_KEY_MAX + " characters");
        }
    }

    /** No customisation at all. */
    public static ReportOptions none() {
        return NONE;
    }

    public Optional<String> organizationNameOverride() {
        return Optional.ofNullable(organizationName);
    }

    public Optional<BrandColour> colour() {
        return Optional.ofNullable(brandColour);
    }

    public Optional<String> logo() {
        return Optional.ofNullable(logoKey);
    }

    /**
     * The customisation to print, with the logo read from its upload ({@code null} when there is none).
     *
     * @param logo the uploaded logo, present exactly when {@link #logo()} is
     */
    public ReportCustomization customization(Logo logo) {
        if ((logo == null) != (logoKey == null)) {
            throw new IllegalArgumentException(logoKey == null ? "no logo was asked for" : "the logo is missing");
        }
        return new ReportCustomization(organizationName, colour().orElse(BrandColour.ARA), logo);
    }

    /**
     * What identifies a report's content for de-duplication: the SHA-256 (64 lower-case hex digits) of the template
     * and these options. No colour and ARA's colour print the same, so they fingerprint the same.
     */
    public String fingerprint(ReportTemplate template) {
        Objects.requireNonNull(template, "template");
        String canonical = String.join("\u0000", "v1", template.code(),
                organizationNameOverride().orElse(""), colour().orElse(BrandColour.ARA).hex(),
                logo().orElse(""));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

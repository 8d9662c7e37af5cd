package ara.application.service.report;

import ara.application.port.out.storage.Attachment;
import ara.domain.report.ReportTemplate;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name a report's PDF is saved under: {@code <organisation>-<template>-<yyyy-mm-dd>.pdf}, the organisation as
 * written in {@code filename*} and slugged to ASCII in {@code filename}; {@code ara-report-<template>-<date>.pdf}
 * without an organisation name (or, in the ASCII name, when nothing of it is ASCII). The date is the day (UTC) the
 * document was made, so a link asked for later names the same file.
 */
public final class ReportFileName {
    /** Keeps the name well inside {@link Attachment#MAX_LENGTH} whatever the template and date add. */
    private static final int ORGANISATION_MAX = 80;
    private static final String FALLBACK = "ara-report";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    /** What Windows, macOS or Linux refuse in a file name, and control characters. */
    private static final Pattern NOT_IN_FILE_NAMES = Pattern.compile("[\\p{Cntrl}/\\\\:*?\"<>|]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ReportFileName() {
    }

    public static Attachment of(Optional<String> organisation, ReportTemplate template, Instant madeAt) {
        String suffix = "-" + template.code() + "-" + LocalDate.ofInstant(madeAt, ZoneOffset.UTC) + ".pdf";
        String written = organisation.map(ReportFileName::written).filter(name -> !name.isEmpty()).orElse(FALLBACK);
        String slug = organisation.map(ReportFileName::slug).filter(name -> !name.isEmpty()).orElse(FALLBACK);
        return new Attachment(written + suffix, slug + suffix);
    }

    /** The name as written, minus what no file system accepts; spaces stay (browsers keep them). */
    static String written(String organisation) {
        String name = SPACES.matcher(NOT_IN_FILE_NAMES.matcher(organisation).replaceAll("-")).replaceAll(" ")
                .strip();
        return cut(name.replaceAll("^[.-]+|[.-]+$", ""));
    }

    /** Lower-case ASCII letters and digits joined by dashes: accents dropped ({@code Müller} → {@code muller}). */
    static String slug(String organisation) {
        String plain = MARKS.matcher(Normalizer.normalize(organisation, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        return cut(slug).replaceAll("^-+|-+$", "");
    }

    private static String cut(String name) {
        return name.codePointCount(0, name.length()) <= ORGANISATION_MAX ? name
                : name.substring(0, name.offsetByCodePoints(0, ORGANISATION_MAX)).strip();
    }
}

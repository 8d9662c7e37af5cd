package ara.application.mail;

import ara.application.port.out.notification.MailMessage;
import ara.domain.identity.EmailAddress;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Renders the messages ARA mails, each as a plain-text and an HTML part with the same content, in the recipient's
 * language when a bundle exists for it ({@code messages_<language>.properties} beside this class), else in English.
 * Links are passed in, never built here; every value is escaped in the HTML part. Thread-safe (stateless).
 */
public final class MailTemplates {
    /** The language of a message when there is no bundle for the one asked for. */
    public static final Locale FALLBACK = Locale.ENGLISH;
    private static final String BUNDLE = "ara.application.mail.messages";

    /** "Resume your audit": the link that opens the guest's audit on another device; one-click opt-out. */
    public MailMessage resumeAudit(UUID id, EmailAddress to, Locale language, MailLink resume, URI unsubscribe) {
        Objects.requireNonNull(unsubscribe, "unsubscribe");
        return render("resume", id, to, language, Map.of(), resume, Optional.of(unsubscribe));
    }

    /** "Your report is ready": the download link, and the total and level only; one-click opt-out. */
    public MailMessage reportReady(UUID id, EmailAddress to, Locale language, ReportSummary summary, MailLink download,
                                   URI unsubscribe) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(unsubscribe, "unsubscribe");
        Map<String, String> values = Map.of("questionnaire", summary.questionnaire(),
                "total", Integer.toString(summary.total()), "level", summary.level());
        return render("report", id, to, language, values, download, Optional.of(unsubscribe));
    }

    /**
     * The sign-in link: asked for by the person who receives it, so it carries no opt-out (opting out of sign-in
     * links would lock them out).
     */
    public MailMessage signInLink(UUID id, EmailAddress to, Locale language, MailLink signIn) {
        return render("signin", id, to, language, Map.of(), signIn, Optional.empty());
    }

    private static MailMessage render(String key, UUID id, EmailAddress to, Locale language, Map<String, String> given,
                                      MailLink link, Optional<URI> unsubscribe) {
        Objects.requireNonNull(link, "link");
        ResourceBundle bundle = bundle(Objects.requireNonNull(language, "language"));
        Map<String, String> values = new HashMap<>(given);
        values.put("expires", DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), language)
                .withZone(ZoneOffset.UTC).format(link.expiresAt()));
        Strings strings = new Strings(bundle, key, values);
        List<String> before = strings.paragraphs("intro", "score");
        List<String> after = strings.paragraphs("expires", "ignore");
        // RFC 8058 wants https for the one-click POST: a local ARA (http://localhost) keeps only the footer link.
        Map<String, String> headers = unsubscribe.filter(url -> "https".equalsIgnoreCase(url.getScheme()))
                .map(MailMessage::oneClickUnsubscribe).orElse(Map.of());
        String subject = strings.get("subject");
        return new MailMessage(id, to, "", subject,
                plainText(strings.get("heading"), before, strings.get("action"), link.url(), after,
                        bundle.getString("signature"), unsubscribe.map(url -> bundle.getString("unsubscribe") + ": " + url.toASCIIString())),
                new MailHtml(bundle.getString("lang"), subject).heading(strings.get("heading")).paragraphs(before)
                        .button(strings.get("action"), link.url()).paragraphs(after)
                        .footer(bundle.getString("signature"), unsubscribe.map(url -> Map.entry(
                                bundle.getString("unsubscribe"), url)))
                        .toString(),
                headers);
    }

    private static ResourceBundle bundle(Locale language) {
        try {
            ResourceBundle asked = ResourceBundle.getBundle(BUNDLE, language);
            if (asked.getLocale().getLanguage().equals(language.getLanguage())) {
                return asked;
            }
        } catch (MissingResourceException e) {
            // No bundle for that language (nor for the JVM's): English below.
        }
        return ResourceBundle.getBundle(BUNDLE, FALLBACK);
    }

    /** The strings of one message ({@code <key>.<part>}) with their {@code {name}} placeholders filled in. */
    private record Strings(ResourceBundle bundle, String key, Map<String, String> values) {
        String get(String part) {
            // One pass over the bundle's string: a value that itself holds "{total}" stays as it is.
            String template = bundle.getString(key + "." + part);
            StringBuilder text = new StringBuilder(template.length() + 32);
            int from = 0;
            for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
                int close = template.indexOf('}', open);
                String value = close < 0 ? null : values.get(template.substring(open + 1, close));
                if (value == null) {
                    text.append(template, from, open + 1);
                    from = open + 1;
                } else {
                    text.append(template, from, open).append(value);
                    from = close + 1;
                }
            }
            return text.append(template.substring(from)).toString();
        }

        /** The parts this message has, in order (a message may lack some, e.g. only the report has a score). */
        List<String> paragraphs(String... parts) {
            List<String> found = new ArrayList<>();
            for (String part : parts) {
                if (bundle.containsKey(key + "." + part)) {
                    found.add(get(part));
                }
            }
            return found;
        }
    }

    /** The plain-text part: the same content as the HTML part, the link on a line of its own. */
    private static String plainText(String heading, List<String> before, String action, URI link, List<String> after,
                                    String signature, Optional<String> unsubscribe) {
        StringBuilder text = new StringBuilder(heading).append("\n\n");
        before.forEach(paragraph -> text.append(paragraph).append("\n\n"));
        text.append(action).append(":\n").append(link.toASCIIString()).append("\n\n");
        after.forEach(paragraph -> text.append(paragraph).append("\n\n"));
        text.append("-- \n").append(signature).append('\n');
        unsubscribe.ifPresent(line -> text.append(line).append('\n'));
        return text.toString();
    }
}

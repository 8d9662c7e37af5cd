package ara.application.mail;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML part of a message: a small document built block by block, every text and attribute value escaped. Styles
 * are inline (mail programs drop style sheets). Not thread-safe (one per message).
 */
final class MailHtml {
    private static final String TEXT = "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;"
            + "color:#1f2328";
    private final StringBuilder body = new StringBuilder();
    private final String language;
    private final String title;

    MailHtml(String language, String title) {
        this.language = language;
        this.title = title;
    }

    MailHtml heading(String text) {
        body.append("<h1 style=\"font-size:22px;margin:0 0 16px\">").append(escape(text)).append("</h1>\n");
        return this;
    }

    MailHtml paragraphs(List<String> paragraphs) {
        paragraphs.forEach(text -> body.append("<p style=\"margin:0 0 16px\">").append(escape(text)).append("</p>\n"));
        return this;
    }

    /** The message's one action, as a link styled like a button, the address written out below for copying. */
    MailHtml button(String label, URI link) {
        String href = escape(link.toASCIIString());
        body.append("<p style=\"margin:24px 0\"><a href=\"").append(href).append("\" style=\"background:#0b57d0;")
                .append("color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block\">")
                .append(escape(label)).append("</a></p>\n")
                .append("<p style=\"margin:0 0 16px;font-size:13px;word-break:break-all\">").append(href).append("</p>\n");
        return this;
    }

    MailHtml footer(String signature, Optional<Map.Entry<String, URI>> unsubscribe) {
        body.append("<hr style=\"border:none;border-top:1px solid #d0d7de;margin:24px 0 12px\">\n")
                .append("<p style=\"margin:0;font-size:13px;color:#57606a\">").append(escape(signature));
        unsubscribe.ifPresent(link -> body.append("<br><a href=\"").append(escape(link.getValue().toASCIIString()))
                .append("\" style=\"color:#57606a\">").append(escape(link.getKey())).append("</a>"));
        body.append("</p>\n");
        return this;
    }

    @Override
    public String toString() {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width\">\n<title>" + escape(title) + "</title>\n"
                + "</head>\n<body style=\"margin:0;padding:24px;" + TEXT + "\">\n"
                + "<div style=\"max-width:560px;margin:0 auto\">\n" + body + "</div>\n</body>\n</html>\n";
    }

    /** Text and attribute values: the five characters HTML gives meaning to become entities. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

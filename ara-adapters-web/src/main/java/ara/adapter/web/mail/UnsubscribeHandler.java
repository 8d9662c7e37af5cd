package ara.adapter.web.mail;

import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.RequestAttributes;
import ara.application.port.in.notification.MailLinkRejected;
import ara.application.port.in.notification.UnsubscribeUseCase;
import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Handler of {@link UnsubscribeUseCase}: {@code /mail/unsubscribe?token=…}, the link in every message's
 * {@code List-Unsubscribe} header. {@code POST} (a mail program's one-click request, RFC 8058, or the page's button)
 * stops mail to the recipient; a {@code GET} never does (mail scanners follow links) and shows a small page with a
 * button that posts. A token that is missing or was not issued here is a 422 problem naming {@code token}.
 * Thread-safe.
 */
public final class UnsubscribeHandler {
    static final String TOKEN = "token";
    private static final String HTML = "text/html; charset=utf-8";

    private final UnsubscribeUseCase useCase;

    public UnsubscribeHandler(UnsubscribeUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    /** {@code GET}: the confirmation page, after checking the token. */
    public void confirm(Context ctx) {
        String token = token(ctx);
        checked(() -> useCase.check(token));
        ctx.status(200).contentType(HTML).result(page("Unsubscribe from ARA's email",
                "<p>Press the button to stop all email from ARA to this address.</p>\n"
                        + "<form method=\"post\" action=\"?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + "<button type=\"submit\">Unsubscribe</button></form>"));
    }

    /** {@code POST}: unsubscribes (whatever the body: mail programs send {@code List-Unsubscribe=One-Click}). */
    public void unsubscribe(Context ctx) {
        String token = token(ctx);
        checked(() -> useCase.unsubscribe(token, RequestAttributes.caller(ctx)));
        ctx.status(200).contentType(HTML).result(page("Unsubscribed",
                "<p>You are unsubscribed: ARA sends no more email to this address.</p>"));
    }

    private static String token(Context ctx) {
        List<String> values = ctx.queryParams(TOKEN);
        if (values.size() != 1 || values.getFirst().isBlank()) {
            throw RequestRejected.invalid(List.of(new FieldError(TOKEN, "required",
                    "exactly one token query parameter is required (the link from the message)")));
        }
        return values.getFirst();
    }

    private static void checked(Runnable action) {
        try {
            action.run();
        } catch (MailLinkRejected e) {
            throw RequestRejected.invalid(List.of(new FieldError(TOKEN, e.rule(),
                    e.getMessage())));
        }
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + title
                + "</title>\n</head>\n<body>\n<main>\n<h1>" + title + "</h1>\n" + body + "\n</main>\n</body>\n</html>\n";
    }
}

package ara.adapter.web.questionnaire;

import ara.adapter.web.http.Responses;
import ara.adapter.web.http.WebJson;
import ara.adapter.web.request.Requests;
import ara.application.port.in.questionnaire.ListQuestionnairesUseCase;
import io.javalin.http.Context;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Handler of {@link ListQuestionnairesUseCase}: {@code GET /questionnaires}, the current version of every
 * questionnaire, with an ETag and 304 on {@code If-None-Match}. Thread-safe.
 */
public final class ListQuestionnairesHandler {
    private static final int ETAG_HEX_DIGITS = 32;

    private final ListQuestionnairesUseCase useCase;

    public ListQuestionnairesHandler(ListQuestionnairesUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void list(Context ctx) {
        byte[] body = WebJson.write(useCase.questionnaires().stream().map(QuestionnaireSummaryResponse::from)
                .toList());
        // The list changes whenever an admin publishes a version, so the tag is a digest of the list itself.
        String etag = "\"questionnaires-" + digest(body) + "\"";
        ctx.header("Cache-Control", "no-cache");
        if (Requests.noneMatchHits(ctx, etag)) {
            Responses.notModified(ctx, etag);
            return;
        }
        ctx.header("ETag", etag);
        ctx.status(200).contentType(Responses.JSON).result(body);
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash).substring(0, ETAG_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}

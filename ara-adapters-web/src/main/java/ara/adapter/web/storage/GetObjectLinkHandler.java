package ara.adapter.web.storage;

import ara.adapter.web.http.Responses;
import ara.adapter.web.request.RequestAttributes;
import ara.application.port.in.storage.GetObjectLinkUseCase;
import ara.application.port.in.storage.ObjectLinkView;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.Objects;

/**
 * Handler of {@link GetObjectLinkUseCase}: {@code GET /r2/download?key=} answers an expiring download link to an
 * object ARA issued, for the owner of its audit (404 for anything else). Thread-safe.
 */
public final class GetObjectLinkHandler {
    private final GetObjectLinkUseCase useCase;

    public GetObjectLinkHandler(GetObjectLinkUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void link(Context ctx) {
        Responses.ok(ctx, ObjectLinkResponse.from(useCase.link(ObjectKeys.key(ctx), RequestAttributes.caller(ctx))));
    }

    /** Response body: the object's key and an expiring link to it. */
    public record ObjectLinkResponse(String key, String url, Instant expiresAt) {
        static ObjectLinkResponse from(ObjectLinkView view) {
            return new ObjectLinkResponse(view.key(), view.url().toString(), view.expiresAt());
        }
    }
}

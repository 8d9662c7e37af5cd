package ara.adapter.web.storage;

import ara.adapter.web.request.RequestAttributes;
import ara.application.port.in.storage.DeleteObjectUseCase;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Handler of {@link DeleteObjectUseCase}: {@code DELETE /r2/delete?key=} removes an upload (204), for the owner of
 * its audit. Thread-safe.
 */
public final class DeleteObjectHandler {
    private final DeleteObjectUseCase useCase;

    public DeleteObjectHandler(DeleteObjectUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void delete(Context ctx) {
        useCase.delete(ObjectKeys.key(ctx), RequestAttributes.caller(ctx));
        ctx.status(204);
    }
}

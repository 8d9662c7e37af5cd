package ara.adapter.web.storage;

import ara.adapter.web.http.Responses;
import ara.application.port.in.storage.CheckStorageUseCase;
import ara.application.port.in.storage.StorageHealthView;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Handler of {@link CheckStorageUseCase}: {@code GET /r2/health} answers 200 {@code {"status": "UP"}} while the
 * object storage is usable, 503 {@code "DOWN"} otherwise, with a detail for operators. Thread-safe.
 */
public final class CheckStorageHandler {
    private final CheckStorageUseCase useCase;

    public CheckStorageHandler(CheckStorageUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void health(Context ctx) {
        StorageHealthView health = useCase.health();
        Responses.json(ctx, health.up() ? 200 : 503, new StorageHealthResponse(health.up() ? "UP" : "DOWN",
                health.detail()));
    }

    /** Response body: the storage's state and what was checked. */
    public record StorageHealthResponse(String status, String detail) {
    }
}

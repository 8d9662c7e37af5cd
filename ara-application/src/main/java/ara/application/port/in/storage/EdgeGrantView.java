package ara.application.port.in.storage;

import ara.application.port.in.storage.IssueEdgeGrantUseCase.EdgeOperation;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An edge grant: send {@code method} to {@code url} (the edge worker's route, the grant in its query) before
 * {@code expiresAt}. An upload grant's worker answer is a link to {@code PUT} exactly {@code size} bytes with
 * {@code Content-Type: contentType}; afterwards {@code key} names the file.
 */
public record EdgeGrantView(EdgeOperation operation, String key, String method, URI url, Instant expiresAt,
                            Optional<String> contentType, OptionalLong size) {
    public EdgeGrantView {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(size, "size");
        if (contentType.isPresent() != (operation == EdgeOperation.UPLOAD) || size.isPresent() != contentType.isPresent()) {
            throw new IllegalArgumentException("content type and size belong to upload grants, and only to them");
        }
    }
}

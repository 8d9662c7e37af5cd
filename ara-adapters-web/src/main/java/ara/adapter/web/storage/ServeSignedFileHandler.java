package ara.adapter.web.storage;

import ara.adapter.web.http.ApiPaths;
import ara.adapter.web.problem.ProblemType;
import ara.adapter.web.problem.RequestRejected;
import ara.application.port.in.storage.ServeSignedFileUseCase;
import ara.application.port.in.storage.SignedFileView;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Handler of {@link ServeSignedFileUseCase}: {@code GET} and {@code PUT /api/v1/files/{key}?…} serve the links ARA
 * signs itself (local storage): 200 with the file (with {@code Content-Disposition: attachment; filename=…} when
 * the link names it), 200 once an upload is stored, 404 when there is no file, 400 for
 * a malformed link and 403 for one that is forged, expired or used for the wrong operation, type or length (what S3
 * answers for the same faults). The upload body is streamed to the storage, which reads at most the signed length.
 * Thread-safe.
 */
public final class ServeSignedFileHandler {
    /** The path parameter holding the key, which may span several segments. */
    public static final String KEY = "key";
    /** Where the links point; the key follows. */
    public static final String PREFIX = ApiPaths.V1 + "/files/";

    private final ServeSignedFileUseCase useCase;

    public ServeSignedFileHandler(ServeSignedFileUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void download(Context ctx) {
        switch (useCase.download(rawKey(ctx), parameters(ctx))) {
            case SignedFileView.File file -> {
                // A named link is a download: saved under its name rather than replacing the page.
                file.disposition().ifPresent(disposition -> ctx.header("Content-Disposition", disposition));
                ctx.status(200).contentType(file.contentType()).result(file.content());
            }
            case SignedFileView.Missing missing -> throw RequestRejected.notFound("there is no file at this link");
            case SignedFileView.Refused refused -> throw refusal(refused);
        }
    }

    public void upload(Context ctx) throws IOException {
        long length = ctx.req().getContentLengthLong();
        switch (useCase.upload(rawKey(ctx), parameters(ctx), ctx.header("Content-Type"), length,
                ctx.req().getInputStream())) {
            case SignedFileView.Stored stored -> ctx.status(200);
            case SignedFileView.Refused refused -> throw refusal(refused);
        }
    }

    /**
     * The key as the link has it: the raw request path after {@link #PREFIX}, not percent-decoded (the signature
     * covers the key as written, and a decoded {@code %2F} must not become a path separator).
     */
    private static String rawKey(Context ctx) {
        String path = ctx.req().getRequestURI();
        return path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : ctx.pathParam(KEY);
    }

    private static RequestRejected refusal(SignedFileView.Refused refused) {
        String detail = "the link was refused: " + refused.reason().replace('_', ' ');
        return refused.malformed() ? RequestRejected.badRequest("link", refused.reason(), detail)
                : new RequestRejected(ProblemType.LINK_REFUSED, detail, List.of());
    }

    private static Map<String, String> parameters(Context ctx) {
        Map<String, String> first = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!values.isEmpty()) {
                first.put(name, values.getFirst());
            }
        });
        return first;
    }
}

package ara.application.port.in.storage;

import java.io.InputStream;
import java.util.Map;

/**
 * Inbound port: serves the links ARA signs itself (when the storage is a local directory): a download or an upload
 * through a signed, expiring link. The link's checks (signature, expiry, operation, and for uploads the exact
 * content type and length) are the storage's; with a storage that signs its own links (S3) every link here is
 * missing.
 */
public interface ServeSignedFileUseCase {
    /**
     * @param key        the path after the links' prefix, as received
     * @param parameters the link's query parameters (first value of each)
     */
    SignedFileView.Download download(String key, Map<String, String> parameters);

    /**
     * @param contentType   the request's {@code Content-Type}, or {@code null}
     * @param contentLength the request's declared length, or -1
     * @param body          the request body; not closed here
     */
    SignedFileView.Upload upload(String key, Map<String, String> parameters, String contentType, long contentLength,
                                 InputStream body);
}

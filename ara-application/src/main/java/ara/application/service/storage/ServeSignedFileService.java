package ara.application.service.storage;

import ara.application.port.in.storage.ServeSignedFileUseCase;
import ara.application.port.in.storage.SignedFileView;
import ara.application.port.out.storage.Attachment;
import ara.application.port.out.storage.SignedLinks;
import ara.application.port.out.storage.SignedLinks.DownloadOutcome;
import ara.application.port.out.storage.SignedLinks.LinkRefusal;
import ara.application.port.out.storage.SignedLinks.UploadOutcome;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Service: serves the links ARA signs itself, through the storage's {@link SignedLinks}; with a storage that signs
 * its own links (S3) there are none, and every link here leads nowhere. Thread-safe.
 */
public final class ServeSignedFileService implements ServeSignedFileUseCase {
    private final Optional<SignedLinks> links;

    /** @param links the local storage's links, or empty when the storage presigns its own */
    public ServeSignedFileService(Optional<SignedLinks> links) {
        this.links = links;
    }

    @Override
    public SignedFileView.Download download(String key, Map<String, String> parameters) {
        if (links.isEmpty()) {
            return new SignedFileView.Missing();
        }
        return switch (links.get().download(key, Map.copyOf(parameters))) {
            case DownloadOutcome.Found found -> new SignedFileView.File(found.content().content(),
                    found.content().contentType().value(),
                    found.saveAs().map(Attachment::contentDisposition).orElse(null));
            case DownloadOutcome.Missing missing -> new SignedFileView.Missing();
            case SignedLinks.LinkRefused refused -> refusal(refused.reason());
        };
    }

    @Override
    public SignedFileView.Upload upload(String key, Map<String, String> parameters, String contentType,
                                        long contentLength, InputStream body) {
        if (links.isEmpty()) {
            return new SignedFileView.Refused(true, "no_such_link");
        }
        return switch (links.get().upload(key, Map.copyOf(parameters), contentType, contentLength, body)) {
            case UploadOutcome.Stored stored -> new SignedFileView.Stored(stored.object().key().value(),
                    stored.object().size());
            case SignedLinks.LinkRefused refused -> refusal(refused.reason());
        };
    }

    private static SignedFileView.Refused refusal(LinkRefusal reason) {
        return new SignedFileView.Refused(reason == LinkRefusal.MALFORMED, reason.name().toLowerCase(Locale.ROOT));
    }
}

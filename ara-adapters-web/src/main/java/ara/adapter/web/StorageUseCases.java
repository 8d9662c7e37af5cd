package ara.adapter.web;

import ara.application.port.in.storage.CheckStorageUseCase;
import ara.application.port.in.storage.DeleteObjectUseCase;
import ara.application.port.in.storage.GetObjectLinkUseCase;
import ara.application.port.in.storage.IssueEdgeGrantUseCase;
import ara.application.port.in.storage.IssueUploadUseCase;
import ara.application.port.in.storage.ServeSignedFileUseCase;

import java.util.Objects;

/**
 * The use cases of the signed-URL service ({@code /r2/*}) and of the links ARA serves itself, handed over by the
 * composition root. Every one is required.
 */
public record StorageUseCases(IssueUploadUseCase issueUpload, GetObjectLinkUseCase objectLink,
                              DeleteObjectUseCase deleteObject, CheckStorageUseCase health,
                              ServeSignedFileUseCase signedFiles, IssueEdgeGrantUseCase edgeGrants) {
    public StorageUseCases {
        Objects.requireNonNull(issueUpload, "issueUpload");
        Objects.requireNonNull(objectLink, "objectLink");
        Objects.requireNonNull(deleteObject, "deleteObject");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(signedFiles, "signedFiles");
        Objects.requireNonNull(edgeGrants, "edgeGrants");
    }
}

package ara.contract;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.IssuedUpload;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.UploadRegistry;
import ara.domain.audit.Audit;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link UploadRegistry} must have, as one abstract test; each adapter's test extends it and
 * supplies the registry and, for the uploads' parent rows, an audit repository on the same database.
 */
public abstract class UploadRegistryContract {

    protected abstract UploadRegistry registry();

    protected abstract AuditRepository audits();

    private IssuedUpload newUpload() {
        Audit audit = AuditSamples.scored(AuditSamples.newOwner(), AuditSamples.T0);
        audits().create(audit);
        return new IssuedUpload(ObjectKey.upload(audit.id(), UUID.randomUUID()), audit.id(),
                new ContentType("image/png"), 4_321, AuditSamples.T0.plusNanos(789));
    }

    @Test
    void aRecordedUploadIsFoundWithEveryFieldToTheMicrosecond() {
        IssuedUpload upload = newUpload();

        registry().record(upload);

        IssuedUpload found = registry().find(upload.key()).orElseThrow();
        assertThat(found.key()).isEqualTo(upload.key());
        assertThat(found.audit()).isEqualTo(upload.audit());
        assertThat(found.contentType()).isEqualTo(upload.contentType());
        assertThat(found.size()).isEqualTo(upload.size());
        assertThat(found.issuedAt()).isEqualTo(AuditSamples.T0);
    }

    @Test
    void anUnknownKeyIsNotFoundNotEvenByAPrefixOrAnotherCase() {
        IssuedUpload upload = newUpload();
        registry().record(upload);

        assertThat(registry().find(ObjectKey.upload(upload.audit(), UUID.randomUUID()))).isEmpty();
        String key = upload.key().value();
        assertThat(registry().find(new ObjectKey(key.substring(0, key.length() - 1)))).isEmpty();
        assertThat(registry().find(new ObjectKey(key.toUpperCase(java.util.Locale.ROOT)))).isEmpty();
    }

    @Test
    void listsTheUploadsOfOneAuditOnly() {
        IssuedUpload first = newUpload();
        IssuedUpload second = new IssuedUpload(ObjectKey.upload(first.audit(), UUID.randomUUID()), first.audit(),
                new ContentType("image/jpeg"), 12, AuditSamples.T0.plusSeconds(1));
        IssuedUpload other = newUpload();
        registry().record(second);
        registry().record(first);
        registry().record(other);

        assertThat(registry().findByAudit(first.audit())).extracting(IssuedUpload::key)
                .containsExactly(first.key(), second.key());
        assertThat(registry().findByAudit(AuditSamples.newId())).isEmpty();
    }

    @Test
    void aKeyIsRecordedOnceAndRemovedOnce() {
        IssuedUpload upload = newUpload();
        registry().record(upload);

        assertThatThrownBy(() -> registry().record(upload)).isInstanceOf(IllegalStateException.class);
        assertThat(registry().remove(upload.key())).isTrue();
        assertThat(registry().remove(upload.key())).isFalse();
        assertThat(registry().find(upload.key())).isEmpty();
    }
}

package ara.adapter.storage.s3;

import ara.application.port.out.StoreUnavailable;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.StorageFailure;
import ara.application.port.out.storage.StorageHealth;
import ara.application.port.out.storage.StorageUnavailable;
import ara.contract.ObjectStorageContract;
import ara.contract.S3Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** S3 storage against the contract on this JVM's S3 server (S3Proxy unless ARA_TEST_S3_ENDPOINT names one). */
class S3ObjectStorageTest extends ObjectStorageContract {
    private static final S3Server.Endpoint SERVER = S3Server.endpoint();
    private static final S3Settings SETTINGS = S3Settings.of(SERVER.url().toString(), SERVER.region(),
            S3Server.uniqueBucket(), SERVER.accessKey(), SERVER.secretKey());
    private static final TestBucket BUCKET = TestBucket.create(SETTINGS);
    private static final S3ObjectStorage STORAGE = new S3ObjectStorage(SETTINGS);

    @AfterAll
    static void close() {
        STORAGE.close();
        BUCKET.removeWithEverything();
    }

    @Override
    protected ObjectStorage storage() {
        return STORAGE;
    }

    @Test
    void keepsMetadataAsAmzMetaHeaders() {
        ObjectKey key = new ObjectKey("s3/metadata/" + System.nanoTime());
        STORAGE.put(key, new byte[] {1}, ContentType.PDF, ObjectMetadata.of(Map.of("audit-id", "a-1")));

        assertThat(BUCKET.userMetadata(key)).containsEntry("audit-id", "a-1");
    }

    @Test
    void uploadLinksSignTheContentTypeAndLength() {
        String link = STORAGE.presignPut(new ObjectKey("s3/signed"), ContentType.PDF, 10, Duration.ofMinutes(1))
                .toString();

        assertThat(link).startsWith(SERVER.url() + "/" + SETTINGS.bucket() + "/s3/signed?")
                .contains("X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost").contains("X-Amz-Expires=60");
    }

    @Test
    void isDownWithoutThrowingWhenTheEndpointIsUnreachable() {
        try (S3ObjectStorage down = new S3ObjectStorage(unreachable())) {
            StorageHealth health = down.health();

            assertThat(health.up()).isFalse();
            assertThat(health.detail()).contains("unreachable").doesNotContain(SERVER.secretKey());
        }
    }

    @Test
    void anUnreachableEndpointIsStorageUnavailable() {
        try (S3ObjectStorage down = new S3ObjectStorage(unreachable())) {
            ObjectKey key = new ObjectKey("s3/down");

            assertThatThrownBy(() -> down.get(key)).isInstanceOf(StorageUnavailable.class)
                    .isInstanceOf(StoreUnavailable.class).hasMessageContaining("unreachable");
            assertThatThrownBy(() -> down.put(key, new byte[1], ContentType.PDF, ObjectMetadata.EMPTY))
                    .isInstanceOf(StorageUnavailable.class);
            assertThatThrownBy(() -> down.delete(key)).isInstanceOf(StorageUnavailable.class);
            // Links are signed locally: they need no server.
            assertThat(down.presignGet(key, Duration.ofMinutes(1))).isNotNull();
        }
    }

    @Test
    void aMissingBucketIsDownAndAFailure() {
        S3Settings missing = S3Settings.of(SERVER.url().toString(), SERVER.region(), S3Server.uniqueBucket(),
                SERVER.accessKey(), SERVER.secretKey());
        try (S3ObjectStorage storage = new S3ObjectStorage(missing)) {
            assertThat(storage.health()).isEqualTo(StorageHealth.down("bucket " + missing.bucket() + " at "
                    + missing.endpoint() + " does not exist"));
            assertThatThrownBy(() -> storage.put(new ObjectKey("x"), new byte[1], ContentType.PDF, ObjectMetadata.EMPTY))
                    .isInstanceOf(StorageFailure.class).hasMessageContaining("NoSuchBucket");
        }
    }

    @Test
    void wrongCredentialsAreAFailureNotAnOutage() {
        S3Settings wrong = S3Settings.of(SERVER.url().toString(), SERVER.region(), SETTINGS.bucket(),
                SERVER.accessKey(), "not-the-secret");
        try (S3ObjectStorage storage = new S3ObjectStorage(wrong)) {
            assertThatThrownBy(() -> storage.get(new ObjectKey("x"))).isInstanceOf(StorageFailure.class)
                    .isNotInstanceOf(StoreUnavailable.class);
        }
    }

    private static S3Settings unreachable() {
        return S3Settings.of(S3Server.unreachableEndpoint().toString(), SERVER.region(), SETTINGS.bucket(),
                SERVER.accessKey(), SERVER.secretKey()).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }
}

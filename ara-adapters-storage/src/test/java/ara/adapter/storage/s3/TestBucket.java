package ara.adapter.storage.s3;

import ara.application.port.out.storage.ObjectKey;
import io.minio.BucketExistsArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.RemoveBucketArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.errors.MinioException;
import io.minio.messages.Item;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bucket of a test class's own, made and removed with the MinIO client directly: creating buckets is not the
 * application's job (Terraform makes them), so the adapter cannot.
 */
final class TestBucket {
    private final MinioClient client;
    private final String bucket;

    private TestBucket(MinioClient client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    static TestBucket create(S3Settings settings) {
        MinioClient client = MinioClient.builder().endpoint(settings.endpoint().toString()).region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey()).build();
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(settings.bucket()).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(settings.bucket()).build());
            }
        } catch (MinioException e) {
            throw new IllegalStateException("could not create the test bucket " + settings.bucket(), e);
        }
        return new TestBucket(client, settings.bucket());
    }

    /** The object's user metadata as the server reports it, names in lower case. */
    Map<String, String> userMetadata(ObjectKey key) {
        try {
            Map<String, String> metadata = new TreeMap<>();
            client.statObject(StatObjectArgs.builder().bucket(bucket).object(key.value()).build()).userMetadata()
                    .forEach(entry -> metadata.put(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue()));
            return metadata;
        } catch (MinioException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empties and removes the bucket (a shared server named by ARA_TEST_S3_ENDPOINT keeps nothing of ours). */
    void removeWithEverything() {
        try {
            for (Result<Item> item : client.listObjects(ListObjectsArgs.builder().bucket(bucket).recursive(true)
                    .build())) {
                client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(item.get().objectName()).build());
            }
            client.removeBucket(RemoveBucketArgs.builder().bucket(bucket).build());
            client.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not remove the test bucket " + bucket, e);
        }
    }
}

package ara.adapter.storage.s3;

import ara.application.port.out.storage.Attachment;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.StorageFailure;
import ara.application.port.out.storage.StorageHealth;
import ara.application.port.out.storage.StorageUnavailable;
import ara.application.port.out.storage.StoredContent;
import ara.application.port.out.storage.StoredObject;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Signer;
import io.minio.StatObjectArgs;
import io.minio.Utils;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.errors.ServerException;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Storage adapter: objects in an S3-compatible bucket (Cloudflare R2, AWS S3, MinIO) through the MinIO Java client,
 * metadata as {@code x-amz-meta-*}, links as SigV4 presigned URLs. Upload links sign {@code Content-Type} and
 * {@code Content-Length} as well as the host, so the server refuses any other type or length (the MinIO client's
 * own presigning drops both headers; {@link #presignPut} signs them with the client's public {@link Signer}). The
 * bucket must exist (Terraform creates it). Close it when the application stops. Thread-safe.
 */
public final class S3ObjectStorage implements ObjectStorage, AutoCloseable {
    private static final String META_PREFIX = "x-amz-meta-";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.US);
    /** Error codes that mean "try again later" rather than "refused". */
    private static final Set<String> TRANSIENT_CODES = Set.of("SlowDown", "ServiceUnavailable", "InternalError",
            "RequestTimeout", "RequestTimeTooSkewed");

    private final S3Settings settings;
    private final MinioClient client;

    public S3ObjectStorage(S3Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = MinioClient.builder()
                .endpoint(settings.endpoint().toString())
                .region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey())
                .build();
        long request = settings.requestTimeout().toMillis();
        client.setTimeout(settings.connectTimeout().toMillis(), request, request);
    }

    @Override
    public StoredObject put(ObjectKey key, byte[] content, ContentType contentType, ObjectMetadata metadata) {
        byte[] copy = Objects.requireNonNull(content, "content").clone();
        StoredObject stored = StoredObject.of(key, copy, contentType);
        Objects.requireNonNull(metadata, "metadata");
        try {
            client.putObject(PutObjectArgs.builder().bucket(settings.bucket()).object(key.value())
                    .data(copy, copy.length).contentType(contentType.value())
                    .userMetadata(metadata.entries()).build());
        } catch (MinioException | IllegalStateException e) {
            throw failure("put " + key, e);
        }
        return stored;
    }

    @Override
    public Optional<StoredContent> get(ObjectKey key) {
        Objects.requireNonNull(key, "key");
        try (GetObjectResponse response = client.getObject(GetObjectArgs.builder().bucket(settings.bucket())
                .object(key.value()).build())) {
            byte[] content = response.readAllBytes();
            Headers headers = response.headers();
            String type = headers.get("Content-Type");
            return Optional.of(new StoredContent(content,
                    type == null ? ContentType.OCTET_STREAM : new ContentType(type), metadata(headers)));
        } catch (IllegalArgumentException e) {
            // Only objects written by something other than ARA can carry such a type or metadata.
            throw new StorageFailure("get " + key + " from " + where() + ": unusable content type or metadata: "
                    + e.getMessage(), e);
        } catch (ErrorResponseException e) {
            if (isMissing(e)) {
                return Optional.empty();
            }
            throw failure("get " + key, e);
        } catch (MinioException | IllegalStateException e) {
            throw failure("get " + key, e);
        } catch (IOException e) {
            throw new StorageUnavailable("get " + key + " from " + where() + ": reading the object failed: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public boolean delete(ObjectKey key) {
        Objects.requireNonNull(key, "key");
        // S3 answers a DELETE the same whether or not the object was there: ask first.
        try {
            client.statObject(StatObjectArgs.builder().bucket(settings.bucket()).object(key.value()).build());
        } catch (ErrorResponseException e) {
            if (isMissing(e)) {
                return false;
            }
            throw failure("delete " + key, e);
        } catch (MinioException | IllegalStateException e) {
            throw failure("delete " + key, e);
        }
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(settings.bucket()).object(key.value()).build());
            return true;
        } catch (MinioException | IllegalStateException e) {
            throw failure("delete " + key, e);
        }
    }

    @Override
    public URI presignGet(ObjectKey key, Duration validity) {
        Objects.requireNonNull(key, "key");
        return URI.create(presignedUrl(Http.Method.GET, key, ObjectStorage.validitySeconds(validity)));
    }

    @Override
    public URI presignGet(ObjectKey key, Duration validity, Attachment attachment) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(attachment, "attachment");
        // S3 (and R2, MinIO) answer a signed response-content-disposition with that Content-Disposition header.
        return URI.create(presignedUrl(Http.Method.GET, key, ObjectStorage.validitySeconds(validity),
                Map.of("response-content-disposition", attachment.contentDisposition())));
    }

    @Override
    public URI presignPut(ObjectKey key, ContentType contentType, long contentLength, Duration validity) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        ObjectStorage.checkedContentLength(contentLength);
        int seconds = Math.toIntExact(ObjectStorage.validitySeconds(validity));
        // The client's URL (its choice of path or virtual-host style, its key encoding) without its signature,
        // signed again with the two headers a client must then send exactly.
        HttpUrl url = HttpUrl.get(presignedUrl(Http.Method.PUT, key, seconds)).newBuilder().query(null).build();
        Request request = new Request.Builder()
                .url(url)
                .put(RequestBody.create(new byte[0]))
                .header("Host", Utils.getHostHeader(url))
                .header("Content-Type", contentType.value())
                .header("Content-Length", Long.toString(contentLength))
                .header("X-Amz-Date", ZonedDateTime.now(ZoneOffset.UTC).format(AMZ_DATE))
                .build();
        try {
            return Signer.presignV4(request, settings.region(), settings.accessKey(), settings.secretKey(), seconds)
                    .uri();
        } catch (MinioException e) {
            throw new StorageFailure("could not sign an upload link for " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public StorageHealth health() {
        try {
            boolean exists = client.bucketExists(BucketExistsArgs.builder().bucket(settings.bucket()).build());
            return exists ? StorageHealth.up("bucket " + where() + " answers")
                    : StorageHealth.down("bucket " + where() + " does not exist");
        } catch (MinioException | RuntimeException e) {
            return StorageHealth.down(failure("check", e).getMessage());
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            throw new StorageFailure("could not close the S3 client of " + where() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "S3ObjectStorage[" + settings + "]";
    }

    private String presignedUrl(Http.Method method, ObjectKey key, long seconds) {
        return presignedUrl(method, key, seconds, Map.of());
    }

    private String presignedUrl(Http.Method method, ObjectKey key, long seconds, Map<String, String> query) {
        try {
            return client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(method)
                    .bucket(settings.bucket()).object(key.value()).expiry(Math.toIntExact(seconds))
                    .extraQueryParams(query).build());
        } catch (MinioException | IllegalStateException e) {
            throw failure("presign " + key, e);
        }
    }

    private String where() {
        return settings.bucket() + " at " + settings.endpoint();
    }

    private static ObjectMetadata metadata(Headers headers) {
        Map<String, String> metadata = new TreeMap<>();
        for (String name : headers.names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(META_PREFIX)) {
                metadata.put(lower.substring(META_PREFIX.length()), Objects.requireNonNull(headers.get(name)));
            }
        }
        return ObjectMetadata.of(metadata);
    }

    private static boolean isMissing(ErrorResponseException e) {
        String code = e.errorResponse().code();
        return "NoSuchKey".equals(code) || "NoSuchObject".equals(code);
    }

    /** Connection trouble and 5xx become {@link StorageUnavailable}; refusals {@link StorageFailure}. */
    private RuntimeException failure(String action, Exception e) {
        String prefix = action + " on " + where() + ": ";
        if (e instanceof ErrorResponseException response) {
            String code = response.errorResponse().code();
            String message = prefix + code + " (" + response.errorResponse().message() + ")";
            return TRANSIENT_CODES.contains(code) ? new StorageUnavailable(message, e) : new StorageFailure(message, e);
        }
        if (e instanceof ServerException server && server.statusCode() >= 500) {
            return new StorageUnavailable(prefix + "the server answered " + server.statusCode(), e);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return new StorageUnavailable(prefix + "unreachable (" + io + ")", e);
            }
        }
        return new StorageFailure(prefix + e, e);
    }
}

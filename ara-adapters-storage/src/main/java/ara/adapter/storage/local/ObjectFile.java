package ara.adapter.storage.local;

import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.StoredContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The layout of the one file that holds a local object: its content, then a trailer with the key, content type,
 * metadata, size and SHA-256, then the trailer's length and a magic number (both 4-byte big-endian ints). One file
 * per object means one atomic rename replaces content and metadata together; the trailer at the end lets an upload
 * stream its content first. Stateless.
 */
final class ObjectFile {
    /** "ARA1". */
    private static final int MAGIC = 0x41524131;
    private static final int FOOTER_BYTES = 8;

    private ObjectFile() {
    }

    /** The bytes that follow the content. */
    static byte[] trailer(ObjectKey key, ContentType contentType, ObjectMetadata metadata, long size, String sha256) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(key.value());
            out.writeUTF(contentType.value());
            out.writeInt(metadata.entries().size());
            for (Map.Entry<String, String> entry : metadata.entries().entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeUTF(entry.getValue());
            }
            out.writeLong(size);
            out.writeUTF(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        byte[] data = bytes.toByteArray();
        return ByteBuffer.allocate(data.length + FOOTER_BYTES).put(data).putInt(data.length).putInt(MAGIC).array();
    }

    /**
     * Reads a whole object file.
     *
     * @throws IllegalStateException when the file is not an object file of {@code key}
     */
    static StoredContent read(byte[] file, ObjectKey key) {
        if (file.length < FOOTER_BYTES || ByteBuffer.wrap(file, file.length - 4, 4).getInt() != MAGIC) {
            throw new IllegalStateException("not an ARA object file (no magic number at the end)");
        }
        int trailerLength = ByteBuffer.wrap(file, file.length - FOOTER_BYTES, 4).getInt();
        int trailerStart = file.length - FOOTER_BYTES - trailerLength;
        if (trailerLength < 0 || trailerStart < 0) {
            throw new IllegalStateException("corrupt object file (trailer length " + trailerLength + ")");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(file, trailerStart, trailerLength))) {
            String storedKey = in.readUTF();
            if (!storedKey.equals(key.value())) {
                throw new IllegalStateException("object file of key " + storedKey + ", not " + key);
            }
            ContentType contentType = new ContentType(in.readUTF());
            int entries = in.readInt();
            Map<String, String> metadata = new LinkedHashMap<>();
            for (int i = 0; i < entries; i++) {
                metadata.put(in.readUTF(), in.readUTF());
            }
            long size = in.readLong();
            String sha256 = in.readUTF();
            if (size != trailerStart) {
                throw new IllegalStateException("object file of " + size + " bytes holds " + trailerStart);
            }
            StoredContent content = new StoredContent(Arrays.copyOf(file, trailerStart), contentType,
                    ObjectMetadata.of(metadata));
            if (!content.sha256().equals(sha256)) {
                throw new IllegalStateException("object file content does not match its SHA-256");
            }
            return content;
        } catch (IOException e) {
            throw new IllegalStateException("corrupt object file trailer: " + e.getMessage(), e);
        }
    }
}

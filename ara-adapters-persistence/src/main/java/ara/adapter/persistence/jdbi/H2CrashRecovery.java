package ara.adapter.persistence.jdbi;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the last commit of an embedded H2 file that its process left without closing it (a kill, a crash), before H2
 * opens the file (ADR 0016). H2 2.5.252 sometimes points its store header at the chunk before the last one when it
 * writes a chunk into reused free space, and its ordinary open follows the header: the commits written after that
 * point, all of them in the file, are then skipped. Opened in MVStore's recovery mode, H2 scans the whole file for the
 * newest complete chunk instead, and closing it writes a header that points there; H2's ordinary open then finds
 * every commit. A file closed cleanly (the header says so) is left as it is: the scan reads the whole file.
 */
final class H2CrashRecovery {
    private static final String FILE_URL = "jdbc:h2:file:";
    private static final int HEADER_BLOCK = 4096;

    private H2CrashRecovery() {
    }

    /**
     * Recovers the file of a {@code jdbc:h2:file:} URL when it exists and was not closed cleanly; other URLs (and
     * encrypted files, which need their key) are left to H2.
     *
     * @return whether a recovery ran
     * @throws DatabaseFailure when the file cannot be read or recovered (e.g. another process has it open)
     */
    static boolean recoverIfUnclean(String jdbcUrl) {
        Optional<Path> file = storeFile(jdbcUrl);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return false;
        }
        try {
            if (closedCleanly(file.get())) {
                return false;
            }
            MVStore.Builder builder = new MVStore.Builder().fileName(file.get().toString()).recoveryMode();
            builder.open().close();
            return true;
        } catch (IOException | RuntimeException e) {
            throw new DatabaseFailure("could not recover the H2 file " + file.get() + " after an unclean stop: "
                    + e.getMessage(), e);
        }
    }

    /** The {@code .mv.db} file of a {@code jdbc:h2:file:} URL without a cipher. */
    static Optional<Path> storeFile(String jdbcUrl) {
        if (!jdbcUrl.startsWith(FILE_URL) || jdbcUrl.toUpperCase(Locale.ROOT).contains(";CIPHER=")) {
            return Optional.empty();
        }
        int options = jdbcUrl.indexOf(';');
        String name = jdbcUrl.substring(FILE_URL.length(), options < 0 ? jdbcUrl.length() : options);
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + ".mv.db"));
    }

    /**
     * Whether both copies of the store header (the file's first two blocks) are the same and marked clean: H2 marks
     * them when it closes the file and removes the mark with its first write after opening it.
     */
    static boolean closedCleanly(Path file) throws IOException {
        ByteBuffer blocks = ByteBuffer.allocate(2 * HEADER_BLOCK);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (blocks.hasRemaining() && channel.read(blocks) >= 0) {
                // reads until both blocks are in, or the file ends
            }
        }
        if (blocks.hasRemaining()) {
            return false;
        }
        String first = headerText(blocks.array(), 0);
        String second = headerText(blocks.array(), HEADER_BLOCK);
        if (first.isEmpty() || !first.equals(second)) {
            return false;
        }
        try {
            Map<String, String> header = DataUtils.parseMap(first);
            return "1".equals(header.get("clean"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String headerText(byte[] bytes, int from) {
        int end = from;
        while (end < from + HEADER_BLOCK && bytes[end] != '\n') {
            end++;
        }
        return end == from + HEADER_BLOCK ? "" : new String(bytes, from, end - from, StandardCharsets.ISO_8859_1);
    }
}

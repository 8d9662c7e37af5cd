package ara.adapter.mail.file;

import ara.adapter.mail.MimeComposer;
import ara.adapter.mail.Sender;
import ara.application.port.out.notification.MailMessage;
import ara.application.port.out.notification.MailNotSent;
import ara.application.port.out.notification.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Mail adapter, the embedded default: each message is written as an RFC 5322 {@code .eml} file (any mail program
 * opens it) named by the message's id, readable by ARA's user only, and its path logged, so that a local run shows
 * exactly what would be sent. Nothing leaves the machine. Files older than the retention period are deleted by
 * {@link #deleteExpired()}. Thread-safe (each file is written to a temporary name, then moved in place).
 */
public final class FileMailer implements Mailer {
    /** The directory under ARA's data directory where the messages go. */
    public static final String DIRECTORY = "mail";
    /** The ending of every message file. */
    public static final String EXTENSION = ".eml";
    private static final System.Logger LOG = System.getLogger(FileMailer.class.getName());
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final Path directory;
    private final Duration retention;
    private final MimeComposer composer;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    /**
     * @param directory where the files go (created, owner only, when missing)
     * @param retention how long a file is kept
     */
    public FileMailer(Path directory, Sender from, Duration retention, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.composer = new MimeComposer(from, clock);
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void send(MailMessage message) {
        Path file = directory.resolve(message.id() + EXTENSION);
        Path temporary = null;
        try {
            createDirectory();
            temporary = Files.createTempFile(directory, ".", ".tmp", ownerOnly("rw-------"));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                composer.compose(session, message).writeTo(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | MessagingException e) {
            deleteQuietly(temporary);
            throw new MailNotSent("could not write the message to " + directory + ": " + e.getMessage(), false, e);
        }
        LOG.log(System.Logger.Level.INFO, "Mail \"{0}\" not sent (no SMTP server is configured), written to {1};"
                + " its links: {2}", message.subject(), file.toUri(), String.join(" ", links(message.text())));
    }

    /**
     * Deletes the message files older than the retention period (by their time of writing).
     *
     * @return how many were deleted
     */
    public int deleteExpired() {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(retention);
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + EXTENSION)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not clean up the mail files in " + directory, e);
        }
        return deleted;
    }

    private void createDirectory() throws IOException {
        if (!Files.isDirectory(directory)) {
            try {
                Files.createDirectories(directory, ownerOnly("rwx------"));
            } catch (FileAlreadyExistsException e) {
                // Another thread made it meanwhile.
            }
        }
    }

    /** Owner-only permissions where the file system has POSIX permissions (elsewhere the defaults). */
    private FileAttribute<?>[] ownerOnly(String permissions) {
        if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove the temporary file {0}: {1}", file, e);
        }
    }

    @Override
    public String toString() {
        return "FileMailer[" + directory + ", from " + composer.from() + ", kept " + retention.toDays() + " days]";
    }

    /** The links of a message's text part, in order: what the one-command run shows of what would be sent. */
    static List<String> links(String text) {
        return LINK.matcher(text).results().map(MatchResult::group).toList();
    }
}

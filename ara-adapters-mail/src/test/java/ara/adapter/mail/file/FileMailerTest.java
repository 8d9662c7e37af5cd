package ara.adapter.mail.file;

import ara.adapter.mail.Sender;
import ara.application.port.out.notification.MailMessage;
import ara.application.port.out.notification.MailNotSent;
import ara.application.port.out.notification.Mailer;
import ara.contract.MailerContract;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The .eml files against the contract (read back from the directory), and what only files do. */
class FileMailerTest extends MailerContract {
    @TempDir
    Path data;

    private FileMailer files() {
        return new FileMailer(data.resolve(FileMailer.DIRECTORY), Sender.parse(FROM), Duration.ofDays(30), CLOCK);
    }

    @Override
    protected Mailer mailer() {
        return files();
    }

    @Override
    protected List<byte[]> delivered(String address) throws Exception {
        List<byte[]> found = new ArrayList<>();
        for (Path file : emlFiles()) {
            byte[] bytes = Files.readAllBytes(file);
            MimeMessage message = parse(bytes);
            if (((InternetAddress) message.getAllRecipients()[0]).getAddress().equals(address)) {
                found.add(bytes);
            }
        }
        return found;
    }

    @Test
    void writesEachMessageToAFileNamedByItsIdThatOnlyItsOwnerCanRead() throws IOException {
        MailMessage message = message(uniqueAddress(), "Resume your audit", Map.of());
        files().send(message);

        Path file = data.resolve("mail").resolve(message.id() + ".eml");
        assertThat(file).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(emlFiles()).containsExactly(file);
        try (Stream<Path> all = Files.list(file.getParent())) {
            assertThat(all).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void theLinksOfATextPartAreWhatTheLogShows() {
        assertThat(FileMailer.links("Open https://ara.example/#/resume/abc to continue.\n"
                + "Unsubscribe: http://localhost:7070/api/v1/mail/unsubscribe?token=x\nNo link here."))
                .containsExactly("https://ara.example/#/resume/abc",
                        "http://localhost:7070/api/v1/mail/unsubscribe?token=x");
        assertThat(FileMailer.links("nothing to open")).isEmpty();
    }

    @Test
    void aRetriedMessageReplacesItsFileInsteadOfAddingOne() throws IOException {
        MailMessage message = message(uniqueAddress(), "Resume your audit", Map.of());
        files().send(message);
        files().send(message);
        assertThat(emlFiles()).hasSize(1);
    }

    @Test
    void deletesTheFilesOlderThanTheRetentionPeriodOnly() throws IOException {
        FileMailer mailer = files();
        MailMessage old = message(uniqueAddress(), "Resume your audit", Map.of());
        MailMessage recent = message(uniqueAddress(), "Your report is ready", Map.of());
        mailer.send(old);
        mailer.send(recent);
        Path oldFile = data.resolve("mail").resolve(old.id() + ".eml");
        Files.setLastModifiedTime(oldFile, FileTime.from(NOW.minus(Duration.ofDays(30)).minusSeconds(1)));
        Files.setLastModifiedTime(data.resolve("mail").resolve(recent.id() + ".eml"),
                FileTime.from(NOW.minus(Duration.ofDays(29))));

        assertThat(mailer.deleteExpired()).isEqualTo(1);
        assertThat(emlFiles()).containsExactly(data.resolve("mail").resolve(recent.id() + ".eml"));
        assertThat(mailer.deleteExpired()).isZero();
    }

    @Test
    void nothingToDeleteBeforeTheFirstMessage() {
        assertThat(files().deleteExpired()).isZero();
    }

    @Test
    void anUnwritableDirectoryIsATransientFailure() throws IOException {
        Path blocked = data.resolve("blocked");
        Files.writeString(blocked, "a file where the directory should be");
        FileMailer mailer = new FileMailer(blocked, Sender.parse(FROM), Duration.ofDays(1), CLOCK);
        assertThatThrownBy(() -> mailer.send(message(uniqueAddress(), "Resume your audit", Map.of())))
                .isInstanceOfSatisfying(MailNotSent.class, e -> assertThat(e.permanent()).isFalse());
    }

    private List<Path> emlFiles() throws IOException {
        Path directory = data.resolve("mail");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".eml")).sorted().toList();
        }
    }
}

package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail end to end, through the production wiring, real HTTP and a real SMTP server (GreenMail) the test starts: a
 * guest gives an email and receives the resume mail (RFC 8058 headers, a text and an HTML part, no guest token),
 * whose link is followed through ARA's API ({@code POST /audits/resume}) to continue and submit on a "second device";
 * the report-ready mail's link downloads the real PDF; the one-click unsubscribe POST stops all further mail.
 * {@code ARA_PUBLIC_URL} is an https address (RFC 8058 wants https); the test sends what the links name to ARA on
 * localhost, as a TLS-terminating proxy would.
 */
class MailJourneyTest {
    static final String PUBLIC_URL = "https://ara.example.test";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern RESUME = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/#/resume/([A-Za-z0-9_-]{43})");
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/\\S+");

    @TempDir
    Path dataDir;

    private GreenMail smtp;
    private Application ara;
    private HttpSession http;

    @BeforeEach
    void start() {
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
        setup.setServerStartupTimeout(30_000);
        smtp = new GreenMail(setup);
        smtp.start();
        Map<String, String> env = new HashMap<>(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1",
                "ARA_DATA_DIR", dataDir.toString(), "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET,
                "ARA_REPORT_POLL_INTERVAL", "20ms", "ARA_OUTBOX_POLL_INTERVAL", "50ms"));
        env.putAll(Map.of("ARA_SMTP_URL", "smtp://127.0.0.1:" + smtp.getSmtp().getPort(), "ARA_SMTP_PLAIN", "true",
                "ARA_MAIL_FROM", "ARA <ara@example.test>", "ARA_PUBLIC_URL", PUBLIC_URL));
        ara = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))), Clock.systemUTC());
        http = new HttpSession(ara.port());
    }

    @AfterEach
    void stop() {
        if (ara != null) {
            ara.close();
        }
        smtp.stop();
    }

    /** The messages received so far for {@code address}, once there are {@code count} of them. */
    private List<MimeMessage> awaitMessages(String address, int count) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<MimeMessage> found = received(address);
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " messages to " + address + " within " + WAIT
                        + ", got " + found.size());
            }
            Thread.sleep(50);
        }
    }

    private List<MimeMessage> received(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The text and the HTML part of a multipart/alternative message. */
    private static String[] parts(MimeMessage message) throws Exception {
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        assertThat(multipart.getCount()).isEqualTo(2);
        BodyPart text = multipart.getBodyPart(0);
        BodyPart html = multipart.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain");
        assertThat(html.getContentType()).startsWith("text/html");
        return new String[] {(String) text.getContent(), (String) html.getContent()};
    }

    /** A link of a message, sent to ARA on localhost (as the proxy behind ARA_PUBLIC_URL would). */
    private URI local(String link) {
        return URI.create("http://127.0.0.1:" + ara.port() + link.substring(PUBLIC_URL.length()));
    }

    private static String find(Pattern pattern, String text, int group) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(group);
    }

    private static HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    @Test
    void aGuestResumesFromTheMailFinishesGetsTheReportByMailAndUnsubscribesInOneClick() throws Exception {
        String email = "guest-" + System.nanoTime() + "@example.test";
        JsonNode started = http.post("/api/v1/audits", "{\"organizationName\": \"Acme Retail\"}").body();
        String firstToken = started.path("guestToken").asText();
        String audit = "/api/v1/audits/" + started.path("id").asText();
        HttpSession firstDevice = http.guest(firstToken);
        assertThat(firstDevice.post(audit + "/guest-email", "{\"email\": \"" + email + "\"}").status())
                .isEqualTo(200);

        // The resume mail: headers, both parts, no guest token anywhere.
        MimeMessage resumeMail = awaitMessages(email, 1).getFirst();
        assertThat(resumeMail.getSubject()).isEqualTo("Resume your audit");
        assertThat(resumeMail.getHeader("List-Unsubscribe", null))
                .startsWith("<" + PUBLIC_URL + "/api/v1/mail/unsubscribe?token=").endsWith(">");
        assertThat(resumeMail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String[] resumeParts = parts(resumeMail);
        assertThat(raw(resumeMail)).doesNotContain(firstToken);
        String resumeToken = find(RESUME, resumeParts[0], 1);
        assertThat(resumeParts[1]).contains(resumeToken);

        // A second device opens the link: the pages exchange the token for the audit and a guest session.
        HttpSession.Reply resumed = http.anonymous().post("/api/v1/audits/resume",
                "{\"token\": \"" + resumeToken + "\"}");
        assertThat(resumed.status()).as(resumed.raw().body()).isEqualTo(200);
        assertThat(resumed.body().path("id").asText()).isEqualTo(started.path("id").asText());
        HttpSession secondDevice = http.guest(resumed.body().path("guestToken").asText());
        StringBuilder answers = new StringBuilder("{\"answers\": {");
        for (String[] answer : AuditJourneyContract.WORKED_EXAMPLE) {
            answers.append(answers.length() > 13 ? "," : "").append('"').append(answer[0]).append("\":")
                    .append(answer[1]);
        }
        assertThat(secondDevice.patch(audit + "/answers", answers + "}}").status()).isEqualTo(200);
        assertThat(secondDevice.post(audit + "/submit", null).status()).isEqualTo(200);

        // The report: its ready mail carries a download link that fetches the real PDF, and only total and level.
        HttpSession.Reply requested = secondDevice.post(audit + "/reports", "{\"template\": \"executive\"}");
        assertThat(requested.status()).isEqualTo(202);
        MimeMessage reportMail = awaitMessages(email, 2).get(1);
        assertThat(reportMail.getSubject()).containsIgnoringCase("report");
        String[] reportParts = parts(reportMail);
        String download = LINK.matcher(reportParts[0]).results().map(MatchResult::group)
                .filter(link -> !link.contains("/mail/unsubscribe")).findFirst().orElseThrow();
        HttpResponse<byte[]> pdf = send(HttpRequest.newBuilder(local(download)).GET().build());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
        assertThat(raw(reportMail)).doesNotContain(firstToken, resumed.body().path("guestToken").asText());

        // One click: the POST a mail program sends; then nothing more goes to that address.
        String unsubscribe = resumeMail.getHeader("List-Unsubscribe", null);
        HttpResponse<byte[]> done = send(HttpRequest.newBuilder(local(unsubscribe.substring(1,
                        unsubscribe.length() - 1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(secondDevice.post(audit + "/resume-link", null).status()).isEqualTo(202);
        HttpSession.Reply again = secondDevice.post(audit + "/reports", "{\"template\": \"technical\"}");
        assertThat(again.status()).isEqualTo(202);
        JsonNode secondReport;
        long deadline = System.nanoTime() + WAIT.toNanos();
        do {
            Thread.sleep(100);
            secondReport = secondDevice.get(again.header("Location")).body();
        } while (!secondReport.path("status").asText().equals("ready") && System.nanoTime() < deadline);
        assertThat(secondReport.path("status").asText()).isEqualTo("ready");
        Thread.sleep(1_000);
        assertThat(received(email)).as("no mail after unsubscribing").hasSize(2);
    }
}

package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.contract.WebhookReceiver;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
/**
 * The web pages end to end: ARA started through the production wiring on its embedded defaults (the default guest
 * policy: an email before submitting), and a guest taking the whole audit in a real Chromium, driven by the Node
 * tests in src/test/browser (journey.test.mjs: the quick audit; full-journey.test.mjs: the full assessment;
 * landing.test.mjs: the landing page; not-found.test.mjs: a mistyped page URL; questions.test.mjs: option cards,
 * rating rows, cross-check warnings; phone.test.mjs: the wizard on a phone; review.test.mjs: the review page and
 * the email before submitting; notifications.test.mjs: issue 18 end to end, mail and webhooks; resume.test.mjs: a
 * mailed resume link, read from the .eml file the embedded mail
 * channel writes to ARA_DATA_DIR/mail, opened in a second browser) with playwright-core, axe-core checking each page state at a desktop and a phone
 * size (both pinned in its package-lock.json, installed into target/browser-journey with {@code npm ci}). When
 * node, npm or Chromium are missing or npm cannot install, skipped saying why, or failed under {@code CI=true}
 * ({@link BrowserRequirement}); screenshots land in target/browser-journey/screenshots. Also the pages' visibility
 * rules (src/test/browser/visibility.test.mjs, Node only).
 */
class BrowserJourneyTest {
    private static final Path SOURCES = Path.of("src/test/browser");
    private static final Path WORK = Path.of("target/browser-journey");
    private static final String JOURNEY = "the browser journey";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern COUNT = Pattern.compile("^# (pass|fail|skipped|todo|cancelled) (\\d+)$",
            Pattern.MULTILINE);

    @TempDir
    Path dataDir;

    private Application application;

    @AfterEach
    void stopAra() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void aGuestTakesTheWholeAuditInTheBrowser() {
        Path screenshots = journey("journey.test.mjs");

        assertThat(screenshots.resolve("results.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("results-quick-390.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("results-report-ready-1280.png")).isNotEmptyFile();
    }

    @Test
    void theLandingPageSaysWhatYouGetAndHowFarYourAuditIs() {
        Path screenshots = journey("landing.test.mjs");

        assertThat(screenshots.resolve("landing-1280.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("landing-resume-390.png")).isNotEmptyFile();
    }

    @Test
    void aGuestTakesTheFullAssessmentInTheBrowser() {
        Path screenshots = journey("full-journey.test.mjs");

        assertThat(screenshots.resolve("results-full-1280.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("results-full-390.png")).isNotEmptyFile();
    }

    @Test
    void aMistypedPageUrlShowsTheNotFoundPage() {
        Path screenshots = journey("not-found.test.mjs");

        assertThat(screenshots.resolve("not-found-1280.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("not-found-390.png")).isNotEmptyFile();
    }

    @Test
    void thePagesNeitherLoseNorMisreportAnswers() {
        Path screenshots = journey("defects.test.mjs");

        assertThat(screenshots.resolve("defect-number-invalid-390.png")).isNotEmptyFile();
    }

    @Test
    void everyPageStaysUnderItsWeightBudget() {
        Path screenshots = journey("weight.test.mjs");

        assertThat(screenshots.resolve("weight.json")).isNotEmptyFile();
    }

    @Test
    void questionsAreCardsRatingRowsAndWarningsBesideTheAnswers() {
        Path screenshots = journey("questions.test.mjs");

        assertThat(screenshots.resolve("questions-cards-390.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("questions-rating-1280.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("questions-warning-390.png")).isNotEmptyFile();
    }

    @Test
    void theWizardWorksOnAPhone() {
        Path screenshots = journey("phone.test.mjs");

        assertThat(screenshots.resolve("step-phone-390-screen.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("step-phone-sheet-390.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("step-phone-loading-1280.png")).isNotEmptyFile();
    }

    @Test
    void aGuestReviewsEveryAnswerAndGivesTheEmailBeforeSubmitting() {
        Path screenshots = journey("review.test.mjs");

        assertThat(screenshots.resolve("review-1280.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("review-missing-390.png")).isNotEmptyFile();
    }

    @Test
    void aMailedResumeLinkOpensTheAuditInAnotherBrowser() {
        Path screenshots = journey("resume.test.mjs");

        assertThat(screenshots.resolve("resume-opened-390.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("resume-expired-1280.png")).isNotEmptyFile();
    }

    @Test
    void aGuestCompletesAnAuditWithTheKeyboardOnly() {
        journey("keyboard.test.mjs");
    }

    @Test
    void aGuestIsToldByMailAndAReceiverByWebhookExactlyOnce() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Path screenshots = journey("notifications.test.mjs", Map.of("ARA_WEBHOOK_ALLOW_PRIVATE", "true",
                    "ARA_OUTBOX_POLL_INTERVAL", "50ms", "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET), ara -> {
                        HttpSession admin = new HttpSession(ara.port())
                                .bearer(AuditJourneyContract.token("notifications-admin", Set.of("admin")));
                        HttpSession.Reply registered = admin.post("/api/v1/admin/webhooks", """
                                {"url": "%s", "eventTypes": ["audit.submitted", "report.ready"],
                                 "description": "the browser journey's receiver"}""".formatted(receiver.url()));
                        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
                        receiver.verifyWith(registered.body().path("secret").asText());
                    });

            assertThat(screenshots.resolve("notify-results-390.png")).isNotEmptyFile();
            WebhookReceiver.Delivery submitted = receiver.take(Duration.ofSeconds(30));
            WebhookReceiver.Delivery ready = receiver.take(Duration.ofSeconds(30));
            assertThat(List.of(submitted, ready)).allSatisfy(delivery -> {
                assertThat(delivery.problem()).as(delivery.bodyText()).isEmpty();
                assertThat(delivery.verified()).isNotEmpty();
            });
            assertThat(MAPPER.readTree(submitted.body()).path("type").asText()).isEqualTo("audit.submitted");
            assertThat(MAPPER.readTree(ready.body()).path("type").asText()).isEqualTo("report.ready");
            assertThat(receiver.poll(Duration.ofSeconds(2))).as("each event is delivered once").isEmpty();
        }
    }

    private Path journey(String script) {
        return journey(script, Map.of(), ara -> { });
    }

    /**
     * Starts ARA on its embedded defaults (plus {@code settings}), lets {@code ready} prepare it, and runs one browser
     * journey against it; answers the screenshot folder.
     */
    private Path journey(String script, Map<String, String> settings, Consumer<Application> ready) {
        String node = NodeTools.onPath("node");
        String npm = NodeTools.onPath("npm");
        Path chromium = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
        List<String> missing = new ArrayList<>();
        if (node == null || npm == null) {
            missing.add("node and npm are not on PATH (Node 20+ with npm)");
        }
        if (!Files.isExecutable(chromium)) {
            missing.add("no Chromium at " + chromium + " (apt-get install chromium, or set CHROMIUM)");
        }
        BrowserRequirement.decide(System.getenv(), missing, JOURNEY).enforce();
        // axe-core came after playwright-core: an install made before it was added is done again.
        Path modules = NodeTools.install(npm, SOURCES, WORK, "axe-core/package.json", JOURNEY, System.getenv());
        Path screenshots = WORK.resolve("screenshots").toAbsolutePath();

        Map<String, String> env = new HashMap<>(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1",
                "ARA_DATA_DIR", dataDir.toString(), "ARA_REPORT_POLL_INTERVAL", "20ms"));
        env.putAll(settings);
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))), Clock.systemUTC());
        ready.accept(application);
        NodeTools.Result run = NodeTools.run(SOURCES, Map.of("ARA_URL", "http://127.0.0.1:" + application.port() + "/",
                        "PLAYWRIGHT_MODULES", modules.toAbsolutePath().toString(), "CHROMIUM", chromium.toString(),
                        "SCREENSHOT_DIR", screenshots.toString(), "MAIL_DIR", dataDir.resolve("mail").toString()), 240,
                node, "--test", "--test-reporter=tap", script);

        assertEveryTestPassed(run);
        return screenshots;
    }

    @Test
    void thePagesHideWhatTheQuestionnairesRulesHide() {
        String node = NodeTools.onPath("node");
        BrowserRequirement.decide(System.getenv(), node == null ? List.of("node is not on PATH (Node 20+)") : List.of(),
                "the pages' visibility rules test").enforce();

        assertEveryTestPassed(NodeTools.run(SOURCES, Map.of(), 60, node, "--test", "--test-reporter=tap",
                "visibility.test.mjs"));
    }

    /** Exit code 0, and no test failed, skipped or left to do: a skipped browser test must not pass quietly. */
    private static void assertEveryTestPassed(NodeTools.Result run) {
        assertThat(run.exitCode()).as(run.output()).isZero();
        Map<String, Integer> counts = counts(run.output());
        assertThat(counts).as(run.output()).containsEntry("fail", 0).containsEntry("skipped", 0)
                .containsEntry("todo", 0).containsEntry("cancelled", 0);
        assertThat(counts.get("pass")).as(run.output()).isPositive();
    }

    private static Map<String, Integer> counts(String tap) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher matcher = COUNT.matcher(tap);
        while (matcher.find()) {
            counts.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        return counts;
    }
}

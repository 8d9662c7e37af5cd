package ara.application.service.report;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.Links;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.port.in.report.ReportLinkView;
import ara.application.port.in.report.ReportNotReady;
import ara.application.port.out.storage.Attachment;
import ara.application.port.out.storage.SignedLinks.DownloadOutcome;
import ara.application.port.out.storage.SignedLinks.LinkRefusal;
import ara.application.port.out.storage.SignedLinks.LinkRefused;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestToken;
import ara.domain.report.Report;
import ara.domain.report.ReportId;
import ara.domain.report.ReportNotFound;
import ara.domain.report.ReportOptions;
import ara.domain.report.ReportStatus;
import ara.domain.report.ReportTemplate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetReportLinkServiceTest {
    private static final Duration VALIDITY = Duration.ofMinutes(10);

    private final InMemoryPorts ports = new InMemoryPorts();
    private final StoredAudits audits = new StoredAudits(ports);
    private final StoredReports reports = new StoredReports(ports);
    private final GetReportLinkService service = new GetReportLinkService(ports.audits, ports.reports,
            ports.storage, VALIDITY, ports.log, ports.clock);
    private final Audit alices = audits.scoredOf(Callers.alice());

    private DownloadOutcome follow(ReportLinkView link) {
        return ports.storage.download(Links.key(link.url()), Links.parameters(link.url()));
    }

    @Test
    void aReadyReportsLinkDownloadsItsDocumentUntilItExpires() {
        Report ready = reports.ready(alices);
        ports.clock.advance(Duration.ofMinutes(1));

        ReportLinkView link = service.link(ready.id(), Callers.alice());

        assertThat(link.expiresAt()).isEqualTo(ports.clock.instant().plus(VALIDITY));
        assertThat(Links.key(link.url())).isEqualTo(ready.file().orElseThrow().key());
        assertThat(follow(link)).isInstanceOfSatisfying(DownloadOutcome.Found.class,
                found -> assertThat(found.content().content()).isEqualTo(StoredReports.document(ready)));
        ports.clock.advance(VALIDITY);
        assertThat(follow(link)).isEqualTo(new LinkRefused(LinkRefusal.EXPIRED));
    }

    @Test
    void theLinkSavesTheDocumentUnderTheOrganisationTemplateAndDayItWasMade() {
        Report ready = reports.ready(alices);
        String day = LocalDate.ofInstant(ports.clock.instant(), ZoneOffset.UTC).toString();
        ports.clock.advance(Duration.ofDays(3));

        DownloadOutcome outcome = follow(service.link(ready.id(), Callers.alice()));

        assertThat(outcome).isInstanceOfSatisfying(DownloadOutcome.Found.class, found ->
                assertThat(found.saveAs()).contains(new Attachment("Acme Corp-standard-" + day + ".pdf",
                        "acme-corp-standard-" + day + ".pdf")));
    }

    @Test
    void theNameIsTheOnePrintedAndItsAsciiFormDropsAccentsOrFallsBackToAraReport() {
        String day = LocalDate.ofInstant(ports.clock.instant(), ZoneOffset.UTC).toString();
        Report accented = reports.ready(alices, ReportTemplate.EXECUTIVE,
                new ReportOptions("  Café Müller / Söhne ", null, null));
        Report japanese = reports.ready(audits.scoredOf(Callers.alice()), ReportTemplate.TECHNICAL,
                new ReportOptions("東京商事", null, null));

        assertThat(saveAs(accented)).isEqualTo(new Attachment("Café Müller - Söhne-executive-" + day + ".pdf",
                "cafe-muller-sohne-executive-" + day + ".pdf"));
        assertThat(saveAs(japanese)).isEqualTo(new Attachment("東京商事-technical-" + day + ".pdf",
                "ara-report-technical-" + day + ".pdf"));
        assertThat(saveAs(japanese).contentDisposition()).isEqualTo("attachment; filename=\"ara-report-technical-"
                + day + ".pdf\"; filename*=UTF-8''%E6%9D%B1%E4%BA%AC%E5%95%86%E4%BA%8B-technical-" + day + ".pdf");
    }

    @Test
    void withoutAnOrganisationNameTheFileIsAnAraReport() {
        Instant madeAt = Instant.parse("2026-03-01T23:59:59Z");

        assertThat(ReportFileName.of(Optional.empty(), ReportTemplate.STANDARD, madeAt)).isEqualTo(
                new Attachment("ara-report-standard-2026-03-01.pdf", "ara-report-standard-2026-03-01.pdf"));
        assertThat(ReportFileName.of(Optional.of("..."), ReportTemplate.STANDARD, madeAt).fileName())
                .isEqualTo("ara-report-standard-2026-03-01.pdf");
    }

    @Test
    void aLongNameIsCutToEightyCharactersWithoutSplittingOne() {
        String day = LocalDate.ofInstant(ports.clock.instant(), ZoneOffset.UTC).toString();
        String longest = "𝔸".repeat(Audit.ORGANIZATION_NAME_MAX);

        Attachment saveAs = saveAs(reports.ready(alices, ReportTemplate.STANDARD, new ReportOptions(longest, null,
                null)));

        assertThat(saveAs.fileName()).isEqualTo("𝔸".repeat(80) + "-standard-" + day + ".pdf");
        assertThat(saveAs.asciiFileName()).as("NFKD makes 𝔸 an A").isEqualTo("a".repeat(80) + "-standard-" + day
                + ".pdf");
    }

    private Attachment saveAs(Report report) {
        DownloadOutcome outcome = follow(service.link(report.id(), Callers.alice()));
        assertThat(outcome).isInstanceOf(DownloadOutcome.Found.class);
        return ((DownloadOutcome.Found) outcome).saveAs().orElseThrow();
    }

    @Test
    void aReportThatIsNotReadyHasNoLink() {
        Report queued = reports.queued(alices);
        Report stored = reports.stored(audits.scoredOf(Callers.alice()));

        assertThatThrownBy(() -> service.link(queued.id(), Callers.alice()))
                .isInstanceOfSatisfying(ReportNotReady.class, e -> {
                    assertThat(e.reportId()).isEqualTo(queued.id());
                    assertThat(e.status()).isEqualTo(ReportStatus.QUEUED);
                });
        assertThatThrownBy(() -> service.link(stored.id(), Callers.alice()))
                .isInstanceOfSatisfying(ReportNotReady.class,
                        e -> assertThat(e.status()).isEqualTo(ReportStatus.STORED));
    }

    @Test
    void aCancelledReportHasNoLinkThoughItsDocumentWasStored() {
        Report stored = reports.stored(alices);
        ports.reports.update(stored.id(), report -> report.cancel(ports.clock.instant()));

        assertThatThrownBy(() -> service.link(stored.id(), Callers.alice()))
                .isInstanceOfSatisfying(ReportNotReady.class,
                        e -> assertThat(e.status()).isEqualTo(ReportStatus.CANCELLED))
                .hasMessageContaining("has no document");
    }

    @Test
    void anUnknownReportIsNotFound() {
        assertThatThrownBy(() -> service.link(new ReportId(UUID.randomUUID()), Callers.alice()))
                .isInstanceOf(ReportNotFound.class);
    }

    @Test
    void theValidityIsOneSecondToSevenDays() {
        assertThatThrownBy(() -> new GetReportLinkService(ports.audits, ports.reports, ports.storage,
                Duration.ZERO, ports.log, ports.clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GetReportLinkService(ports.audits, ports.reports, ports.storage,
                Duration.ofDays(7).plusSeconds(1), ports.log, ports.clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anonymousCallersMustAuthenticate() {
        Report ready = reports.ready(alices);

        mustAuthenticate(ports.log, () -> service.link(ready.id(), Callers.anonymous()));
    }

    @Test
    void aStrangerIsToldTheReportDoesNotExistAndTheAttemptIsLogged() {
        Report ready = reports.ready(alices);

        deniedAndLogged(ports.log, "user:bob", alices.id(), () -> service.link(ready.id(), Callers.bob()))
                .isInstanceOf(ReportNotFound.class);
    }

    @Test
    void anAdminAndTheGuestWithTheTokenGetALink() {
        GuestToken token = audits.newGuestToken();
        Report guests = reports.ready(audits.scoredOfGuest(token));

        assertThat(follow(service.link(guests.id(), Callers.admin()))).isInstanceOf(DownloadOutcome.Found.class);
        assertThat(follow(service.link(guests.id(), Callers.guest(token)))).isInstanceOf(DownloadOutcome.Found.class);
        assertThatThrownBy(() -> service.link(guests.id(), Callers.guest(audits.newGuestToken())))
                .isInstanceOf(ReportNotFound.class);
    }
}

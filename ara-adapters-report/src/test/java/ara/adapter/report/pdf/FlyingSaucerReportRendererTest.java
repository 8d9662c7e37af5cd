package ara.adapter.report.pdf;

import ara.application.port.out.report.ReportContent;
import ara.domain.audit.Audit;
import ara.domain.questionnaire.Question;
import ara.domain.report.BrandColour;
import ara.domain.report.ReportCustomization;
import ara.domain.report.ReportSection;
import ara.domain.report.ReportTemplate;
import ara.domain.result.AuditResult;
import ara.domain.result.PillarResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FlyingSaucerReportRendererTest {
    private static final FlyingSaucerReportRenderer RENDERER = new FlyingSaucerReportRenderer();

    private static PdfDocument render(ReportContent content) {
        byte[] pdf = RENDERER.render(content);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return PdfDocument.read(pdf);
    }


    /** Two decimals at most, no trailing zeros: written independently of the renderer's formatting. */
    private static String decimal(double value) {
        String fixed = String.format(Locale.ROOT, "%.2f", value);
        return fixed.contains(".") ? fixed.replaceAll("0+$", "").replaceAll("\\.$", "") : fixed;
    }

    @ParameterizedTest
    @EnumSource(ReportTemplate.class)
    void printsTheSectionsOfItsTemplateAndNoOthers(ReportTemplate template) {
        PdfDocument pdf = render(ReportSamples.workedExample(template));
        String text = pdf.flatText();
        assertThat(text).contains("Agent Readiness Audit", "Contoso Retail", template.title());
        for (ReportSection section : ReportSection.values()) {
            if (section == ReportSection.COVER) {
                continue;
            }
            if (template.includes(section)) {
                assertThat(text).as(section.title()).contains(PrintedHeadings.of(template, section));
            } else {
                assertThat(text).as(section.title()).doesNotContain(section.title());
            }
        }
    }

    @Test
    void onlyTheTechnicalTemplateDetailsEveryQuestion() {
        String technical = render(ReportSamples.workedExample(ReportTemplate.TECHNICAL)).flatText();
        String standard = render(ReportSamples.workedExample(ReportTemplate.STANDARD)).flatText();
        for (String detail : new String[] {"Weight in pillar", "Every scored question"}) {
            assertThat(technical).contains(detail);
            assertThat(standard).doesNotContain(detail);
        }
        // Technical lists every option of a select question, chosen or not; the standard report only the answer.
        assertThat(technical).contains("Enterprise (more than 5,000 employees)");
        assertThat(standard).doesNotContain("Enterprise (more than 5,000 employees)");
    }

    @Test
    void printsTheNumbersOfTheStoredResult() {
        ReportContent content = ReportSamples.workedExample(ReportTemplate.STANDARD);
        AuditResult result = content.result();
        assertThat(result.scoreCard().total().score()).isEqualTo(6.5);
        String text = render(content).flatText();

        // Every score on the 0–100 scale the web page uses: the percent of the maximum, rounded to a whole number.
        String overall = Long.toString(Math.round(result.scoreCard().total().percent()));
        assertThat(text).contains(overall + " OUT OF 100")
                .contains("Overall score " + overall + " / 100")
                .contains("Maturity level " + result.level().title())
                .contains("overall score of " + overall + " / 100.")
                .contains("Overall " + overall + " " + result.level().title());
        for (PillarResult pillar : result.pillars()) {
            String score = Long.toString(Math.round(pillar.score().summary().percent()));
            String row = pillar.title() + " " + decimal(pillar.score().weight()) + " " + score + " "
                    + pillar.level().title();
            assertThat(text).as("score table row").contains(row);
            assertThat(text).as("summary card").contains(pillar.title() + " " + score + " / 100 "
                    + pillar.level().title());
        }
    }

    /** Issue 17: no raw weighted point figure anywhere a person reads, in any template: scores are out of 100. */
    @ParameterizedTest
    @EnumSource(ReportTemplate.class)
    void printsNoWeightedPoints(ReportTemplate template) {
        for (ReportContent content : new ReportContent[] {ReportSamples.workedExample(template),
            ReportSamples.content(ReportSamples.scored("Northwind Health", ReportSamples.hospital()), template,
                    ReportCustomization.none())}) {
            AuditResult result = content.result();
            String text = render(content).flatText();
            assertThat(text).doesNotContainIgnoringCase("weighted")
                    .doesNotContainPattern("(?i)\\d+(\\.\\d+)? (of|/) \\d+(\\.\\d+)? (score |weighted )?points")
                    .doesNotContainPattern("(?i)percentage points|score points")
                    .doesNotContain(decimal(result.scoreCard().total().score()) + " / "
                            + decimal(result.scoreCard().total().max()))
                    .doesNotContainPattern("\\d+(\\.\\d+)? / 10(?!0)")
                    .contains(Math.round(result.scoreCard().total().percent()) + " / 100");
        }
    }

    @Test
    void printsTheRecommendationsTheRoadmapAndTheInsightsOfTheResult() {
        ReportContent content = ReportSamples.content(ReportSamples.scored("Northwind Health",
                ReportSamples.hospital()), ReportTemplate.STANDARD, ReportCustomization.none());
        AuditResult result = content.result();
        assertThat(result.insights()).isNotEmpty();
        assertThat(result.recommendations()).hasSizeGreaterThan(3);
        String text = render(content).flatText();
        result.recommendations().forEach(r -> assertThat(text).contains(r.title()));
        result.insights().forEach(i -> assertThat(text).contains(i.message()));
        assertThat(text).contains("Days 1–30", "Days 31–60", "Days 61–90");
        assertThat(text).contains("profile " + result.scoreCard().profileId() + " v"
                + result.scoreCard().profileVersion());
    }

    @Test
    void rendersAStoredVersion1ResultAsItWasMade() {
        Audit audit = ReportSamples.storedVersion1(ReportSamples.scored("Northwind Health", ReportSamples.hospital()));
        ReportContent content = ReportSamples.content(audit, ReportTemplate.STANDARD, ReportCustomization.none());
        assertThat(content.result().resultVersion()).isEqualTo(1);
        assertThat(content.result().recommendations()).isNotEmpty();
        String text = render(content).flatText();
        assertThat(text).contains("High priority (days 1–30)", "Medium priority (days 31–60)",
                        "Low priority (days 61–90)", "Days 1–30 · High priority", "Days 31–60 · Medium priority",
                        "Days 61–90 · Low priority")
                .doesNotContain("Months 4–6", "Months 7–12", "Knowledge gaps", "Next level", "Find out");
    }

    @Test
    void marksTheContextQuestionsOfClassicWhereverTheyArePrinted() {
        ReportContent content = ReportSamples.workedExample(ReportTemplate.STANDARD);
        long context = content.definition().questions().stream().filter(Question::context).count();
        assertThat(context).isEqualTo(2);
        String text = render(content).flatText();
        // Size and industry count in their pillar (classic's scores are unchanged) and appear in the appendix.
        assertThat(text.split("Context: describes the organisation\\.", -1)).hasSize((int) (2 * context + 1));
    }

    @Test
    void printsTheMethodologyOfTheProfileThatScoredTheAudit() {
        ReportContent content = ReportSamples.content(ReportSamples.scored("Northwind Health",
                ReportSamples.hospital()), ReportTemplate.TECHNICAL, ReportCustomization.none());
        assertThat(content.profile().id()).isEqualTo("enterprise");
        String text = render(content).flatText();
        // The enterprise profile scores compliance with bands (0 → 2, 1–2 → 6, 3+ → 10) and weighs security more.
        assertThat(text).contains("threshold: 0 → 2, 1–2 → 6, 3–10 → 10");
        content.definition().pillars().forEach(pillar -> assertThat(text).contains(pillar.title() + " "
                + decimal(content.profile().pillarWeight(pillar.id())) + " "));
        assertThat(text).contains("Beginner from 0 to below 41", "Expert from 96");
    }

    @ParameterizedTest
    @EnumSource(ReportTemplate.class)
    void embedsEveryFontAndKeepsAReasonablePageCount(ReportTemplate template) {
        PdfDocument pdf = render(ReportSamples.workedExample(template));
        assertThat(pdf.fontsEmbedded()).isNotEmpty().allSatisfy((name, embedded) -> {
            assertThat(name).contains("DejaVuSans");
            assertThat(embedded).as(name + " embedded").isTrue();
        });
        assertThat(pdf.pages()).isBetween(3, 40);
        assertThat(pdf.pageTexts().get(pdf.pages() - 1)).contains("Page " + pdf.pages() + " of " + pdf.pages());
    }

    @ParameterizedTest
    @EnumSource(ReportTemplate.class)
    void startsEverySectionOnANewPageAndPrintsItsHeadingOnce(ReportTemplate template) {
        PdfDocument pdf = render(ReportSamples.workedExample(template));
        int previousPage = 0;
        for (ReportSection section : template.sections()) {
            if (section == ReportSection.COVER) {
                continue;
            }
            List<Integer> pages = new ArrayList<>();
            for (int page = 0; page < pdf.pages(); page++) {
                String heading = PrintedHeadings.of(template, section);
                if (pdf.pageTexts().get(page).lines().anyMatch(heading::equals)) {
                    pages.add(page);
                }
            }
            // Once: no clipped copy of the heading hides at the foot of the page before (text search would find it).
            assertThat(pages).as(section.title()).hasSize(1);
            if (template == ReportTemplate.EXECUTIVE && previousPage > 0) {
                // The executive report's three sections follow on: a new page only when the last one is full.
                assertThat(pages.getFirst()).as(section.title() + " in order").isGreaterThanOrEqualTo(previousPage);
            } else {
                assertThat(pages.getFirst()).as(section.title() + " on a later page").isGreaterThan(previousPage);
            }
            previousPage = pages.getFirst();
        }
    }

    @Test
    void paintsWithTheBrandColour() {
        Audit audit = ReportSamples.scored("Contoso Retail", ReportSamples.workedExample());
        PdfDocument branded = render(ReportSamples.content(audit, ReportTemplate.EXECUTIVE,
                ReportCustomization.none().withBrandColour(BrandColour.of("#D7263D"))));
        PdfDocument plain = render(ReportSamples.content(audit, ReportTemplate.EXECUTIVE, ReportCustomization.none()));
        assertThat(branded.fillColours()).contains("#D7263D").doesNotContain(BrandColour.ARA.hex());
        assertThat(plain.fillColours()).contains(BrandColour.ARA.hex()).doesNotContain("#D7263D");
    }

    @Test
    void printsTheCustomisedOrganisationName() {
        Audit audit = ReportSamples.scored("Contoso Retail", ReportSamples.workedExample());
        String text = render(ReportSamples.content(audit, ReportTemplate.EXECUTIVE,
                ReportCustomization.none().withOrganizationName("Contoso Europe GmbH"))).flatText();
        assertThat(text).contains("Contoso Europe GmbH").doesNotContain("Contoso Retail");
    }

    @Test
    void rendersEachTemplateWithoutAnOrganisationName() {
        Audit audit = ReportSamples.scored(null, ReportSamples.workedExample());
        for (ReportTemplate template : EnumSet.allOf(ReportTemplate.class)) {
            assertThat(render(ReportSamples.content(audit, template, ReportCustomization.none())).flatText())
                    .contains("Unnamed organisation");
        }
    }
}

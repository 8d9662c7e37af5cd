package ara.adapter.report.pdf;

import ara.application.port.out.report.ReportContent;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.Reference;
import ara.domain.questionnaire.Source;
import ara.domain.report.ReportCustomization;
import ara.domain.report.ReportSection;
import ara.domain.report.ReportTemplate;
import ara.domain.result.AnswerGain;
import ara.domain.result.AuditResult;
import ara.domain.result.KnowledgeGap;
import ara.domain.result.LevelGap;
import ara.domain.result.PillarResult;
import ara.domain.result.Recommendation;
import ara.domain.result.RoadmapPhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of the full questionnaire with a result version 2: seven pillars with long titles, five roadmap windows,
 * knowledge gaps, next-level guidance, the sources and each question's references, all inside the page margins.
 */
class FullAssessmentReportTest {
    private static final FlyingSaucerReportRenderer RENDERER = new FlyingSaucerReportRenderer();
    private static final String[] WINDOWS = {"Days 1–30", "Days 31–60", "Days 61–90", "Months 4–6", "Months 7–12"};
    /** The page margins of the stylesheet, left and right, and how far a glyph may stray (rounding). */
    private static final float SIDE_MARGIN_MM = 17;
    private static final float TOLERANCE_MM = 0.3f;

    /** Long pillar titles, improvements in every window, three "I don't know" answers. */
    private static ReportContent content(ReportTemplate template) {
        return FullReportSamples.content(FullReportSamples.scored("Northwind Health Group",
                FullReportSamples.hospital(), FullReportSamples.STEP_TITLES, true), template,
                ReportCustomization.none());
    }

    private static final ReportContent STANDARD = content(ReportTemplate.STANDARD);
    private static final PdfDocument STANDARD_PDF = PdfDocument.read(RENDERER.render(STANDARD));

    /** The flat text of {@code section}: from its heading to the next section's (sections may share a page). */
    private static String section(PdfDocument pdf, ReportTemplate template, ReportSection section) {
        List<ReportSection> printed = new ArrayList<>(template.sections());
        String text = String.join("", pdf.pageTexts());
        int from = headingAt(text, PrintedHeadings.of(template, section));
        int next = printed.indexOf(section) + 1;
        int to = next < printed.size() ? headingAt(text, PrintedHeadings.of(template, printed.get(next)))
                : text.length();
        return text.substring(from, to).replaceAll("\\s+", " ");
    }

    private static int headingAt(String text, String heading) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(heading) + "$").matcher(text);
        if (!line.find()) {
            throw new AssertionError(heading + " not found");
        }
        return line.start();
    }

    private static int firstPage(PdfDocument pdf, ReportTemplate template, ReportSection section) {
        String heading = PrintedHeadings.of(template, section);
        for (int page = 0; page < pdf.pages(); page++) {
            if (pdf.pageTexts().get(page).lines().anyMatch(heading::equals)) {
                return page;
            }
        }
        throw new AssertionError(heading + " not found");
    }

    /** Two decimals at most, no trailing zeros: written independently of the renderer's formatting. */
    private static String decimal(double value) {
        String fixed = String.format(Locale.ROOT, "%.2f", value);
        return fixed.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /**
     * Whether the words of {@code phrase} appear in order in {@code text}, other words allowed between them (a
     * table cell that wraps is read back interleaved with the cells beside it), all within a short stretch. Bold
     * words are read back after the rest of their line, so phrases that mix weights are checked this way too.
     */
    private static boolean scattered(String text, String phrase) {
        // Hyphens split words too: the line breaker may break "tamper-evident" after its hyphen.
        List<String> words = Arrays.asList(text.split("[\\s-]+"));
        String[] wanted = phrase.split("[\\s-]+");
        int reach = wanted.length * 4 + 12;
        for (int start = 0; start < words.size(); start++) {
            if (!words.get(start).equals(wanted[0])) {
                continue;
            }
            int found = 1;
            for (int i = start + 1; i < Math.min(words.size(), start + reach) && found < wanted.length; i++) {
                if (words.get(i).equals(wanted[found])) {
                    found++;
                }
            }
            if (found == wanted.length) {
                return true;
            }
        }
        return false;
    }

    private static String effort(Recommendation recommendation) {
        return switch (recommendation.effort()) {
            case S -> "Small";
            case M -> "Medium";
            case L -> "Large";
        };
    }

    @Test
    void printsTheSevenPillarsWithTheirLongTitlesInEverySection() {
        AuditResult result = STANDARD.result();
        assertThat(result.pillars()).hasSize(7).extracting(PillarResult::title)
                .contains("Technical platform and integration", "Security and agent identity",
                        "Governance, risk and compliance");
        String summary = section(STANDARD_PDF, ReportTemplate.STANDARD, ReportSection.EXECUTIVE_SUMMARY);
        String scores = section(STANDARD_PDF, ReportTemplate.STANDARD, ReportSection.SCORE_ANALYSIS);
        String pillars = section(STANDARD_PDF, ReportTemplate.STANDARD, ReportSection.PILLAR_ANALYSIS);
        for (PillarResult pillar : result.pillars()) {
            String score = Long.toString(Math.round(pillar.score().summary().percent()));
            assertThat(scattered(summary, pillar.title() + " " + score + " / 100")).as("card of " + pillar.title())
                    .isTrue();
            assertThat(scattered(scores, pillar.title())).as("chart and table: " + pillar.title()).isTrue();
            assertThat(scores).as("score table row").contains(decimal(pillar.score().weight()) + " " + score + " "
                    + pillar.level().title());
            assertThat(pillars).as("pillar heading").contains(pillar.title() + " — " + score + " / 100 "
                    + pillar.level().title());
        }
        // Long titles take two lines in the chart rather than being cut short.
        assertThat(scores).doesNotContain("…");
    }

    @ParameterizedTest
    @EnumSource(ReportTemplate.class)
    void keepsEveryGlyphInsideThePageMargins(ReportTemplate template) {
        List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.read(RENDERER.render(content(template)));
        assertThat(glyphs).hasSizeGreaterThan(1000);
        float low = (SIDE_MARGIN_MM - TOLERANCE_MM) * PdfGlyphs.MM;
        assertThat(glyphs).allSatisfy(glyph -> {
            assertThat(glyph.left()).as(glyph.toString()).isGreaterThanOrEqualTo(low);
            assertThat(glyph.right()).as(glyph.toString()).isLessThanOrEqualTo(glyph.pageWidth() - low);
            assertThat(glyph.top()).as(glyph.toString()).isGreaterThanOrEqualTo(0);
            assertThat(glyph.bottom()).as(glyph.toString()).isLessThanOrEqualTo(glyph.pageHeight());
        });
    }

    @ParameterizedTest
    @EnumSource(ReportTemplate.class)
    void startsEverySectionOnANewPageAndEmbedsEveryFont(ReportTemplate template) {
        PdfDocument pdf = PdfDocument.read(RENDERER.render(content(template)));
        int previous = 0;
        for (ReportSection section : template.sections()) {
            if (section == ReportSection.COVER) {
                continue;
            }
            String heading = PrintedHeadings.of(template, section);
            long pages = pdf.pageTexts().stream().filter(text -> text.lines().anyMatch(heading::equals)).count();
            assertThat(pages).as(heading + " printed once").isEqualTo(1);
            int page = firstPage(pdf, template, section);
            if (template == ReportTemplate.EXECUTIVE && previous > 0) {
                // The executive report's sections follow on: in order, a new page only when the last one is full.
                assertThat(page).as(heading + " on the same or a later page").isGreaterThanOrEqualTo(previous);
            } else {
                assertThat(page).as(heading + " on a later page").isGreaterThan(previous);
            }
            previous = page;
        }
        assertThat(pdf.fontsEmbedded()).isNotEmpty().allSatisfy((name, embedded) ->
                assertThat(embedded).as(name + " embedded").isTrue());
        assertThat(pdf.pages()).isBetween(4, 60);
    }

    @Test
    void printsTheFiveRoadmapWindowsInOrderWithEachRecommendationInItsOwn() {
        String roadmap = section(STANDARD_PDF, ReportTemplate.STANDARD, ReportSection.ROADMAP);
        List<RoadmapPhase> phases = STANDARD.result().roadmap();
        assertThat(phases).hasSize(5).allSatisfy(phase -> assertThat(phase.recommendations()).isNotEmpty());
        int previous = -1;
        for (int i = 0; i < WINDOWS.length; i++) {
            int start = roadmap.indexOf(" " + WINDOWS[i] + " Action ");
            assertThat(start).as(WINDOWS[i] + " heading with its table, after the one before").isGreaterThan(previous);
            int end = i + 1 < WINDOWS.length ? roadmap.indexOf(" " + WINDOWS[i + 1] + " Action ") : roadmap.length();
            String window = roadmap.substring(start, end);
            RoadmapPhase phase = phases.get(i);
            for (Recommendation recommendation : phase.recommendations()) {
                assertThat(scattered(window, recommendation.title() + " " + effort(recommendation)))
                        .as(recommendation.title() + " in " + WINDOWS[i]).isTrue();
            }
            long findOuts = phase.recommendations().stream()
                    .filter(r -> r.kind() == Recommendation.Kind.FIND_OUT).count();
            // The kind column prints "Find out"; the titles of find-outs start "Find out:".
            assertThat(window.split("Find out(?!:)", -1).length - 1).as("find-outs in " + WINDOWS[i])
                    .isEqualTo((int) findOuts);
            previous = start;
        }
    }

    @Test
    void printsTheKindPriorityEffortAndWindowOfEveryRecommendation() {
        String text = section(STANDARD_PDF, ReportTemplate.STANDARD, ReportSection.RECOMMENDATIONS);
        assertThat(STANDARD.result().recommendations()).anyMatch(r -> r.kind() == Recommendation.Kind.FIND_OUT);
        for (Recommendation recommendation : STANDARD.result().recommendations()) {
            String pillar = STANDARD.result().pillars().stream()
                    .filter(p -> p.score().pillar().equals(recommendation.pillar())).findFirst()
                    .map(PillarResult::title).orElse("–");
            String kind = recommendation.kind() == Recommendation.Kind.FIND_OUT ? "Find out" : "Improve";
            assertThat(text).contains(recommendation.title() + " " + kind + " · " + pillar + " · effort "
                    + effort(recommendation) + " · impact " + decimal(recommendation.impact()) + " · "
                    + WINDOWS[recommendation.window().ordinal()]);
        }
        assertThat(text).contains("High priority", "Medium priority").doesNotContain("priority (days");
    }

    @Test
    void listsTheKnowledgeGapsWithTheirPillarAndWhyTheyMatter() {
        List<KnowledgeGap> gaps = STANDARD.result().knowledgeGaps();
        assertThat(gaps).hasSize(3);
        String summary = section(STANDARD_PDF, ReportTemplate.STANDARD, ReportSection.EXECUTIVE_SUMMARY);
        assertThat(summary).contains("Knowledge gaps Questions answered “I don't know”.");
        for (KnowledgeGap gap : gaps) {
            String pillar = STANDARD.result().pillars().stream()
                    .filter(p -> p.score().pillar().equals(gap.pillar())).findFirst().orElseThrow().title();
            String why = STANDARD.definition().question(gap.question()).orElseThrow().improvementAdvice()
                    .orElseThrow().expectedImpact();
            assertThat(scattered(summary, gap.title() + " " + pillar + " " + why)).as(gap.title()).isTrue();
        }
        assertThat(STANDARD_PDF.pageTexts().getFirst()).contains("Knowledge gaps 3 “I don't know” answers");
        String pillars = section(STANDARD_PDF, ReportTemplate.STANDARD, ReportSection.PILLAR_ANALYSIS);
        assertThat(pillars.split("A knowledge gap: counts as 0 until it is answered\\.", -1)).hasSize(gaps.size() + 1);
    }

    @Test
    void leavesTheKnowledgeGapsOutWhenEveryQuestionWasAnswered() {
        ReportContent content = FullReportSamples.content(FullReportSamples.scored("Northwind Health Group",
                FullReportSamples.hospitalKnowingEverything()), ReportTemplate.STANDARD, ReportCustomization.none());
        assertThat(content.result().knowledgeGaps()).isEmpty();
        assertThat(content.result().resultVersion()).isEqualTo(2);
        String text = PdfDocument.read(RENDERER.render(content)).flatText();
        // The recommendations and the methodology still explain what an "I don't know" answer would do.
        assertThat(text).doesNotContain("Knowledge gaps", "Find out:", "Questions answered “I don't know”")
                .contains("Next level");
    }

    @Test
    void printsAKnowledgeGapOfAnUnscoredQuestionWithoutAPillar() {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>(FullReportSamples.hospital().asMap());
        values.put(QuestionId.of("regulated_data"), new AnswerValue.Choices(List.of("unknown")));
        ReportContent content = FullReportSamples.content(FullReportSamples.scored("Northwind Health Group",
                Answers.of(values)), ReportTemplate.EXECUTIVE, ReportCustomization.none());
        KnowledgeGap unscored = content.result().knowledgeGaps().stream()
                .filter(gap -> gap.question().value().equals("regulated_data")).findFirst().orElseThrow();
        assertThat(unscored.pillar()).isNull();
        PdfDocument pdf = PdfDocument.read(RENDERER.render(content));
        String summary = section(pdf, ReportTemplate.EXECUTIVE, ReportSection.EXECUTIVE_SUMMARY);
        assertThat(scattered(summary, unscored.title() + " – It decides which further questions and obligations "
                + "apply.")).isTrue();
        assertThat(section(pdf, ReportTemplate.EXECUTIVE, ReportSection.ROADMAP))
                .contains("Find out: " + unscored.title().split(" ")[0]);
        // The executive report has no score analysis to point to.
        assertThat(summary).doesNotContain("section 3");
    }

    @Test
    void printsTheDistanceToTheNextLevelAndTheBestGains() {
        String scores = section(STANDARD_PDF, ReportTemplate.STANDARD, ReportSection.SCORE_ANALYSIS);
        AuditResult result = STANDARD.result();
        LevelGap total = result.nextLevel().total();
        assertThat(scores).contains("Next level", "Overall " + Math.round(total.percent()) + " "
                + total.next().title() + " (from " + Math.round(total.next().lowerBound()) + ") "
                + decimal(total.percentNeeded()));
        assertThat(result.nextLevel().pillars()).hasSize(7);
        for (LevelGap gap : result.nextLevel().pillars()) {
            assertThat(scattered(scores, gap.title())).as(gap.title()).isTrue();
            assertThat(scores).contains(Math.round(gap.percent()) + " " + gap.next().title() + " (from "
                    + Math.round(gap.next().lowerBound()) + ") " + decimal(gap.percentNeeded()));
        }
        assertThat(result.nextLevel().bestGains()).hasSize(3);
        for (AnswerGain gain : result.nextLevel().bestGains()) {
            assertThat(scores).contains("Answering “" + gain.title() + "” with “" + gain.bestAnswer()
                    + "” would add " + decimal(gain.percentGain()) + " points (out of 100) to the overall score.");
        }
        String summary = section(STANDARD_PDF, ReportTemplate.STANDARD, ReportSection.EXECUTIVE_SUMMARY);
        // The level's name is bold, and bold words are read back after the rest of their line.
        assertThat(summary).contains("To reach (" + Math.round(total.next().lowerBound()) + " / 100), the overall "
                + "score needs " + decimal(total.percentNeeded()) + " more points out of 100", total.next().title());
    }

    @Test
    void listsTheSourcesTheAssessmentRestsOn() {
        String methodology = section(STANDARD_PDF, ReportTemplate.STANDARD, ReportSection.METHODOLOGY);
        QuestionnaireDefinition definition = STANDARD.definition();
        assertThat(definition.sources()).extracting(Source::id).contains("nist-ai-rmf", "owasp-llm", "eu-ai-act");
        assertThat(methodology).contains("What this assessment rests on");
        for (Source source : definition.sources()) {
            long citing = definition.questions().stream()
                    .filter(q -> q.references().stream().anyMatch(r -> r.source().equals(source.id()))).count();
            assertThat(methodology).contains(source.id().toUpperCase(Locale.ROOT) + " " + source.title())
                    .contains("Cited by " + citing + " question");
            assertThat(methodology.replace(" ", "")).contains(source.url());
        }
        // The version 2 rule that places recommendations in windows, not the version 1 table by priority.
        assertThat(methodology).contains("Find out (any) Days 1–30 Days 1–30 Days 1–30");
    }

    @Test
    void citesTheReferencesOfEveryAnsweredQuestionInTheAppendix() {
        String appendix = section(STANDARD_PDF, ReportTemplate.STANDARD, ReportSection.APPENDIX);
        assertThat(appendix).contains("NIST-AI-RMF GOVERN 1.2", "OWASP-LLM LLM06", "EU-AI-ACT Art. 14",
                "ISO-42001 5.2");
        int cited = 0;
        for (Question question : STANDARD.definition().questions()) {
            if (!STANDARD.audit().answers().has(question.id())) {
                continue;
            }
            for (Reference reference : question.references()) {
                // The code and the first word of the item: a long item may wrap within its narrow column.
                String citation = reference.source().toUpperCase(Locale.ROOT) + " " + reference.item().split(" ")[0];
                assertThat(appendix).as(question.id().value()).contains(citation);
                cited++;
            }
        }
        assertThat(cited).isGreaterThan(100);
    }

    @Test
    void neverPresentsContextQuestionsAsScoredItems() {
        List<String> context = STANDARD.definition().questions().stream().filter(Question::context)
                .map(Question::title).toList();
        assertThat(context).hasSize(2);
        String summary = section(STANDARD_PDF, ReportTemplate.STANDARD, ReportSection.EXECUTIVE_SUMMARY);
        String pillars = section(STANDARD_PDF, ReportTemplate.STANDARD, ReportSection.PILLAR_ANALYSIS);
        String appendix = section(STANDARD_PDF, ReportTemplate.STANDARD, ReportSection.APPENDIX);
        for (String title : context) {
            assertThat(scattered(summary, title)).as("strength or gap: " + title).isFalse();
            assertThat(scattered(pillars, title)).as("scored in a pillar: " + title).isFalse();
            assertThat(scattered(appendix, title + " Context: describes the organisation.")).as(title).isTrue();
        }
    }
}

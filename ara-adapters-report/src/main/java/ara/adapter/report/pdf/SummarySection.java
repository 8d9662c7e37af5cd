package ara.adapter.report.pdf;

import ara.domain.questionnaire.Advice;
import ara.domain.questionnaire.Question;
import ara.domain.report.ReportSection;
import ara.domain.result.AuditResult;
import ara.domain.result.Highlight;
import ara.domain.result.KnowledgeGap;
import ara.domain.result.LevelGap;
import ara.domain.result.PillarResult;
import ara.domain.result.Recommendation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Section 2: the level and total (with the distance to the next level), one card per pillar, strengths and gaps,
 * the knowledge gaps ("I don't know" answers) and the top three recommendations.
 */
final class SummarySection {
    static final int TOP_RECOMMENDATIONS = 3;
    private static final int CARDS_PER_ROW = 2;
    /** About the most characters of a pillar title that fit one line of a card three a row. */
    private static final int TITLE_ON_ONE_LINE = 24;
    /** Knowledge gaps up to this many fit a page with their heading and are kept together. */
    private static final int KEEP_TOGETHER = 12;

    private SummarySection() {
    }

    static void write(Html.Tag body, ReportView view) {
        AuditResult result = view.result();
        Html.Tag section = Blocks.section(body, view, ReportSection.EXECUTIVE_SUMMARY);
        Html.Tag lead = section.add("p", "lead");
        lead.text(view.organizationName() + " is at maturity level ");
        lead.add("b", null, result.level().title());
        lead.text(", with an overall score of " + Formats.scale(result.scoreCard().total().percent()) + ".");

        result.nextLevelGuidance().ifPresent(next -> nextLevel(section, next.total(),
                view.template().includes(ReportSection.SCORE_ANALYSIS)));

        cards(section, result.pillars());
        highlights(section, view);
        knowledgeGaps(section, view);
        top(section, view);
        if (!result.scoreCard().missingCritical().isEmpty()) {
            Blocks.note(section, "Critical questions left unanswered: " + Formats.list(
                    result.scoreCard().missingCritical().stream().map(view::questionTitle).toList()) + ".");
        }
    }

    /** "To reach Proficient (61 / 100), the overall score needs 5.2 more points out of 100." */
    private static void nextLevel(Html.Tag section, LevelGap total, boolean detailed) {
        if (total.next() == null) {
            Blocks.note(section, total.level().title() + " is the highest maturity level.");
            return;
        }
        Html.Tag line = section.add("p", "next-level-line");
        line.text("To reach ");
        line.add("b", null, total.next().title());
        line.text(" (" + Formats.scale(total.next().lowerBound()) + "), the overall score needs "
                + Formats.number(total.percentNeeded()) + " more points out of 100"
                + (detailed ? "; section 3 shows where they can come from." : "."));
    }

    private static void cards(Html.Tag section, List<PillarResult> pillars) {
        // Four pillars read best two by two; more (the full questionnaire's seven) three a row, to keep one page.
        int perRow = pillars.size() > 4 ? 3 : CARDS_PER_ROW;
        // When some title takes two lines three a row, every title gets the room of two, so the cards of a row align.
        boolean twoLines = perRow == 3 && pillars.stream().anyMatch(p -> p.title().length() > TITLE_ON_ONE_LINE);
        Html.Tag tbody = section.add("table", twoLines ? "cards two-line-titles" : "cards").add("tbody");
        Html.Tag row = null;
        for (int i = 0; i < pillars.size(); i++) {
            if (i % perRow == 0) {
                row = tbody.add("tr");
            }
            PillarResult pillar = pillars.get(i);
            Html.Tag card = row.add("td", perRow == 3 ? "card-cell card-cell-3" : "card-cell").add("div", "card");
            card.add("div", "card-title", pillar.title());
            card.add("div", "card-percent ink", Formats.scale(pillar.score().summary().percent()));
            Blocks.bar(card, pillar.score().summary().percent());
            Blocks.level(card.add("div", "card-meta"), pillar.level());
        }
        for (int i = pillars.size() % perRow; i > 0 && i < perRow; i++) {
            row.add("td", perRow == 3 ? "card-cell card-cell-3" : "card-cell");
        }
    }

    private static void highlights(Html.Tag section, ReportView view) {
        Html.Tag row = section.add("table", "two-columns").add("tbody").add("tr");
        highlightList(row.add("td", "column"), "Strengths", view.result().strengths(),
                "No question scores 70 / 100 or more yet.");
        highlightList(row.add("td", "column"), "Gaps", view.result().gaps(), "No question scores below 70 / 100.");
    }

    private static void highlightList(Html.Tag column, String title, List<Highlight> highlights, String none) {
        column.add("h2", null, title);
        if (highlights.isEmpty()) {
            Blocks.note(column, none);
            return;
        }
        Html.Tag list = column.add("ul", "plain");
        for (Highlight highlight : highlights) {
            Html.Tag item = list.add("li");
            item.add("span", null, (Highlight.PILLAR.equals(highlight.kind()) ? "Pillar: " : "")
                    + highlight.title());
            item.add("span", "muted", " " + Formats.scale(highlight.percent()));
        }
    }

    /** The "I don't know" answers: what is not known yet, and why it matters. Absent when there are none. */
    private static void knowledgeGaps(Html.Tag section, ReportView view) {
        List<KnowledgeGap> gaps = view.result().knowledgeGaps();
        if (gaps.isEmpty()) {
            return;
        }
        // A short list is kept on one page, so that its heading and the table's header never end a page alone.
        Html.Tag block = section.add("div", gaps.size() <= KEEP_TOGETHER ? "knowledge-gaps keep" : "knowledge-gaps");
        block.add("h2", null, "Knowledge gaps");
        block.add("p", null, "Questions answered “I don't know”. Each counts as the lowest score until it is "
                + "answered, and each is a decision that would be taken without the facts: the first step is to find "
                + "out who owns the answer (see the “Find out” recommendations).");
        Table rows = Table.of(block, "gaps", Table.Column.text("Question", "42%"),
                Table.Column.text("Pillar", "20%"), Table.Column.text("Why it matters", "38%"));
        for (KnowledgeGap gap : gaps) {
            rows.row(gap.title(), view.pillarTitle(gap.pillar()), whyItMatters(view, gap));
        }
    }

    private static String whyItMatters(ReportView view, KnowledgeGap gap) {
        Optional<String> benefit = view.definition().question(gap.question())
                .flatMap(Question::improvementAdvice).map(Advice::expectedImpact).filter(text -> !text.isBlank());
        if (benefit.isPresent()) {
            return benefit.get();
        }
        return gap.pillar() == null ? "It decides which further questions and obligations apply."
                : "It counts towards the " + view.pillarTitle(gap.pillar()) + " score.";
    }

    private static void top(Html.Tag section, ReportView view) {
        section.add("h2", null, "Top recommendations");
        List<Recommendation> recommendations = view.result().recommendations();
        if (recommendations.isEmpty()) {
            Blocks.note(section, "None: every answered question scores at least 70 / 100.");
            return;
        }
        Html.Tag list = section.add("ol", "top");
        for (Recommendation recommendation : recommendations.subList(0,
                Math.min(TOP_RECOMMENDATIONS, recommendations.size()))) {
            Html.Tag item = list.add("li");
            item.add("div", "rec-title", recommendation.title());
            item.add("div", "muted", view.pillarTitle(recommendation.pillar()) + " · "
                    + AdviceSection.priorityTitle(recommendation.priority()) + " priority · effort "
                    + Formats.effort(recommendation.effort()).toLowerCase(Locale.ROOT)
                    + (view.windowedRoadmap() ? " · " + Formats.window(recommendation.window()) : ""));
        }
    }
}

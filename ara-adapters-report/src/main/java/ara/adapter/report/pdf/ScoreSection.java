package ara.adapter.report.pdf;

import ara.domain.report.ReportSection;
import ara.domain.result.AnswerGain;
import ara.domain.result.AuditResult;
import ara.domain.result.LevelGap;
import ara.domain.result.NextLevel;
import ara.domain.result.PillarResult;
import ara.domain.scoring.ScoreCard;

import java.util.Locale;

/**
 * Section 3: the chart of the pillars against the maturity bands, the table of pillar scores and, for result
 * version 2, the distance to the next level with the answers that would gain the most.
 */
final class ScoreSection {
    private ScoreSection() {
    }

    static void write(Html.Tag body, ReportView view) {
        AuditResult result = view.result();
        ScoreCard card = result.scoreCard();
        Html.Tag section = Blocks.section(body, view, ReportSection.SCORE_ANALYSIS);
        section.add("p", null, "Each pillar's score on the 0–100 scale, against the maturity bands; "
                + "the dashed line marks the overall score.");
        section.add("object", "chart").attr("type", PillarChart.MEDIA_TYPE)
                .attr("style", String.format(Locale.ROOT, "height: %.1fmm", PillarChart.heightMillimetres(
                        result.pillars().size())));

        Table rows = Table.of(section, "scores", Table.Column.text("Pillar", "44%"),
                Table.Column.number("Weight", "14%"), Table.Column.number("Score (of 100)", "20%"),
                Table.Column.text("Level", "22%"));
        for (PillarResult pillar : result.pillars()) {
            Html.Tag tr = rows.row(pillar.title(), Formats.number(pillar.score().weight()),
                    Formats.outOf100(pillar.score().summary().percent()));
            Blocks.level(tr.add("td"), pillar.level());
        }
        Html.Tag total = rows.row("Overall", "", Formats.outOf100(card.total().percent()));
        total.attr("class", "total");
        Blocks.level(total.add("td"), result.level());
        Blocks.note(section, "Every score is out of 100. A pillar's score combines its questions' scores, each "
                + "counting as much as its weight; the overall score combines the pillars' scores by their weights.");
        if (!card.potential().equals(card.total())) {
            Blocks.note(section, "With the best answer to every unanswered question the overall score would be "
                    + Formats.scale(card.potential().percent()) + ".");
        }
        result.nextLevelGuidance().ifPresent(next -> nextLevel(section, next));
    }

    /** Result version 2: how far the total and each pillar are from their next level, and the best gains. */
    private static void nextLevel(Html.Tag section, NextLevel next) {
        Html.Tag block = section.add("div", "next-level");
        block.add("h2", null, "Next level");
        block.add("p", null, "How far the overall score and each pillar are from their next maturity level, in "
                + "points out of 100.");
        Table rows = Table.of(block, "next", Table.Column.text("Pillar", "36%"), Table.Column.number("Now", "14%"),
                Table.Column.text("Next level", "28%"), Table.Column.number("Points to go", "22%"));
        for (LevelGap gap : next.pillars()) {
            gapRow(rows, gap);
        }
        gapRow(rows, next.total()).attr("class", "total");

        if (!next.bestGains().isEmpty()) {
            block.add("h3", null, "The answers that would gain the most");
            Html.Tag list = block.add("ol", "gains");
            for (AnswerGain gain : next.bestGains()) {
                list.add("li", null, "Answering “" + gain.title() + "” with “" + gain.bestAnswer() + "” would add "
                        + Formats.number(gain.percentGain()) + " points (out of 100) to the overall score.");
            }
        }
    }

    private static Html.Tag gapRow(Table rows, LevelGap gap) {
        if (gap.next() == null) {
            return rows.row(gap.title(), Formats.outOf100(gap.percent()), "– (" + gap.level().title()
                    + " is the highest)", "0");
        }
        return rows.row(gap.title(), Formats.outOf100(gap.percent()), gap.next().title() + " (from "
                + Formats.outOf100(gap.next().lowerBound()) + ")", Formats.number(gap.percentNeeded()));
    }
}

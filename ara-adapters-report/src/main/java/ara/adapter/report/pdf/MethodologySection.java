package ara.adapter.report.pdf;

import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.Question;
import ara.domain.report.ReportSection;
import ara.domain.result.MaturityLevel;
import ara.domain.result.Priority;
import ara.domain.result.ResultAssembler;
import ara.domain.scoring.Band;
import ara.domain.scoring.ScoringFunction;
import ara.domain.scoring.ScoringProfile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Section 8: how the score was made, generated from the questionnaire definition and the profile actually used:
 * pillars and weights, scoring functions, maturity bands and priorities.
 */
final class MethodologySection {
    private MethodologySection() {
    }

    static void write(Html.Tag body, ReportView view) {
        ScoringProfile profile = view.content().profile();
        Html.Tag section = Blocks.section(body, ReportSection.METHODOLOGY);
        section.add("p", null, "This audit answered the questionnaire “" + view.definition().title() + "” ("
                + view.versions() + "). Each scored question gets 0 to 10 points from its scoring function; a "
                + "pillar's score is the weighted sum of its questions' points, and the overall score the weighted "
                + "sum of the pillars' scores. Scores are rounded to two decimals.");

        section.add("h2", null, "Pillars and weights");
        Table pillars = Table.of(section, "method", Table.Column.text("Pillar", "28%"),
                Table.Column.number("Weight", "12%"), Table.Column.text("What it covers", "60%"));
        for (Pillar pillar : view.definition().pillars()) {
            pillars.row(pillar.title(), Formats.number(profile.pillarWeight(pillar.id())),
                    pillar.description());
        }

        section.add("h2", null, "Scoring functions");
        Html.Tag functions = section.add("ul", "plain");
        Map<String, ScoringFunction> used = new LinkedHashMap<>();
        profile.questions().values().forEach(scoring -> used.putIfAbsent(scoring.function().code(),
                scoring.function()));
        used.forEach((code, function) -> functions.add("li").text(explain(function)));

        section.add("h2", null, "Maturity levels");
        Table levels = Table.of(section, "method", Table.Column.text("Level", "40%"),
                Table.Column.text("Percent of the maximum", "60%"));
        MaturityLevel[] all = MaturityLevel.values();
        for (int i = 0; i < all.length; i++) {
            String range = i + 1 < all.length
                    ? "from " + Formats.number(all[i].lowerBound()) + " to below " + Formats.number(all[i + 1].lowerBound())
                    : "from " + Formats.number(all[i].lowerBound());
            Html.Tag tr = levels.row();
            Blocks.level(tr.add("td"), all[i]);
            tr.add("td", null, range);
        }

        section.add("h2", null, "Recommendations and priorities");
        section.add("p", null, "A visible, answered question scoring below " + Formats.number(
                ResultAssembler.RECOMMEND_BELOW) + " of 10 yields its recommendation, with impact (10 − score) × "
                + "question weight × pillar weight.");
        Table priorities = Table.of(section, "method", Table.Column.text("Priority", "30%"),
                Table.Column.text("Impact", "35%"), Table.Column.text("Roadmap", "35%"));
        for (Priority priority : Priority.values()) {
            priorities.row(AdviceSection.priorityTitle(priority), priority.minimumImpact() > 0
                    ? "at least " + Formats.number(priority.minimumImpact()) : "below "
                    + Formats.number(Priority.MEDIUM.minimumImpact()), AdviceSection.window(priority.firstDay(),
                    priority.lastDay()));
        }

        if (view.template().questionDetail()) {
            questionTable(section, view, profile);
        }
    }

    private static void questionTable(Html.Tag section, ReportView view, ScoringProfile profile) {
        section.add("h2", null, "Every scored question");
        Table rows = Table.of(section, "method", Table.Column.text("Question", "40%"),
                Table.Column.text("Pillar", "22%"), Table.Column.number("Weight", "10%"),
                Table.Column.text("Function", "28%"));
        for (Question question : view.definition().questions()) {
            profile.scoring(question.id()).ifPresent(scoring -> rows.row(question.title(),
                    question.scoredPillar().map(view::pillarTitle).orElse("–"), Formats.number(scoring.weight()),
                    describe(scoring.function())));
        }
    }

    /** The function with its parameters, e.g. "threshold: 0 → 2, 1–2 → 6, 3–10 → 10". */
    static String describe(ScoringFunction function) {
        return switch (function) {
            case ScoringFunction.Weighted w -> "weighted";
            case ScoringFunction.Linear l -> "linear";
            case ScoringFunction.Threshold threshold -> "threshold: " + String.join(", ",
                    threshold.bands().stream().map(MethodologySection::band).toList());
            case ScoringFunction.Exponential e -> "exponential (base " + Formats.number(e.base()) + ", multiplier "
                    + Formats.number(e.multiplier()) + ", offset " + Formats.number(e.offset()) + ")";
        };
    }

    private static String band(Band band) {
        String range = band.low() == band.high() ? Formats.number(band.low())
                : Formats.number(band.low()) + "–" + Formats.number(band.high());
        return range + " → " + Formats.number(band.score());
    }

    private static String explain(ScoringFunction function) {
        return switch (function) {
            case ScoringFunction.Weighted w -> "Weighted (select questions): the chosen options' weight relative to "
                    + "the best possible choice, times 10.";
            case ScoringFunction.Linear l -> "Linear (scales, numbers, percentages, yes/no): the answer's place "
                    + "in its range, times 10.";
            case ScoringFunction.Threshold t -> "Threshold: the points of the band the answer falls in (a count of "
                    + "selected options, or the number).";
            case ScoringFunction.Exponential e -> "Exponential: rewards answers near the top of the range more "
                    + "than those near the bottom.";
        };
    }
}

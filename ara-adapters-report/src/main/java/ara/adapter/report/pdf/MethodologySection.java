package ara.adapter.report.pdf;

import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.Source;
import ara.domain.report.ReportSection;
import ara.domain.result.MaturityLevel;
import ara.domain.result.Priority;
import ara.domain.result.ResultAssembler;
import ara.domain.result.RoadmapWindow;
import ara.domain.scoring.Band;
import ara.domain.scoring.ScoringFunction;
import ara.domain.scoring.ScoringProfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Section 8: how the score was made, generated from the questionnaire definition and the profile actually used:
 * pillars and weights, scoring functions, maturity bands, priorities and roadmap windows, and the public frameworks
 * the questions rest on.
 */
final class MethodologySection {
    private MethodologySection() {
    }

    static void write(Html.Tag body, ReportView view) {
        ScoringProfile profile = view.content().profile();
        Html.Tag section = Blocks.section(body, view, ReportSection.METHODOLOGY);
        section.add("p", null, "This audit answered the questionnaire “" + view.definition().title() + "” ("
                + view.versions() + "). Each scored question gets a score from 0 to 10 from its scoring function; a "
                + "pillar's score combines its questions' scores, each counting as much as its weight, and the "
                + "overall score combines the pillars' scores by their weights. The report gives every score out "
                + "of 100, rounded to a whole number.");

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
                Table.Column.text("Score (of 100)", "60%"));
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
        if (view.windowedRoadmap()) {
            windows(section);
        } else {
            Table priorities = Table.of(section, "method", Table.Column.text("Priority", "30%"),
                    Table.Column.text("Impact", "35%"), Table.Column.text("Roadmap", "35%"));
            for (Priority priority : Priority.values()) {
                priorities.row(AdviceSection.priorityTitle(priority), impactRange(priority),
                        AdviceSection.window(priority.firstDay(), priority.lastDay()));
            }
        }

        sources(section, view);

        if (view.template().questionDetail()) {
            questionTable(section, view, profile);
        }
    }

    private static String impactRange(Priority priority) {
        return priority.minimumImpact() > 0 ? "at least " + Formats.number(priority.minimumImpact())
                : "below " + Formats.number(Priority.MEDIUM.minimumImpact());
    }

    /** Result version 2: the rule that places a recommendation in a roadmap window. */
    private static void windows(Html.Tag section) {
        section.add("p", null, "A question answered “I don't know” scores 0, is listed as a knowledge gap and "
                + "yields a recommendation to find out, of small effort. The roadmap window follows from the kind, "
                + "the priority and the effort:");
        Table rules = Table.of(section, "method", Table.Column.text("Priority (impact)", "25%"),
                Table.Column.text("Small effort", "20%"), Table.Column.text("Medium effort", "20%"),
                Table.Column.text("Large effort", "35%"));
        String first = Formats.window(RoadmapWindow.DAYS_1_30);
        String second = Formats.window(RoadmapWindow.DAYS_31_60);
        String third = Formats.window(RoadmapWindow.DAYS_61_90);
        rules.row("Find out (any)", first, first, first);
        rules.row("High (" + impactRange(Priority.HIGH) + ")", first, first, second);
        rules.row("Medium (" + impactRange(Priority.MEDIUM) + ")", first, second, third);
        rules.row("Low (" + impactRange(Priority.LOW) + ")", second, third, Formats.window(RoadmapWindow.MONTHS_4_6)
                + "; " + Formats.window(RoadmapWindow.MONTHS_7_12) + " when the impact is below 0.1");
        Blocks.note(section, "A 30-day window holds at most six improvements (find-outs do not count): the rest, "
                + "lowest priority, largest effort and lowest impact first, move on to the next window, and what "
                + "days 61–90 cannot hold to months 4–6. "
                + "With three recommendations or more, no 30-day window stays empty: an empty window "
                + "takes the first recommendation of the nearest later window that has one, else the last of the "
                + "nearest earlier window that has two or more. Within a window, find-outs come first, then the "
                + "questionnaire's order.");
    }

    /** "What this assessment rests on": the public frameworks the questions cite, as the appendix cites them. */
    private static void sources(Html.Tag section, ReportView view) {
        List<Source> sources = view.definition().sources();
        if (sources.isEmpty()) {
            return;
        }
        section.add("h2", null, "What this assessment rests on");
        String example = view.definition().questions().stream().flatMap(q -> q.references().stream()).findFirst()
                .map(reference -> " (for example “" + Formats.citation(reference) + "”)").orElse("");
        section.add("p", null, "Each question names the items of these public frameworks it rests on; the "
                + "appendix cites them beside each answer as the source's code and the framework's own item" + example
                + ". Facts come from the sources; the wording of the questions and the advice is ours.");
        Table rows = Table.of(section, "sources", Table.Column.text("Cited as", "22%"),
                Table.Column.text("Source", "78%"));
        for (Source source : sources) {
            Html.Tag cell = rows.row(source.id().toUpperCase(Locale.ROOT)).add("td", null, source.title());
            if (!source.url().isBlank()) {
                cell.add("div", "muted", source.url());
            }
            long citing = view.definition().questions().stream()
                    .filter(q -> q.references().stream().anyMatch(r -> r.source().equals(source.id()))).count();
            cell.add("div", "muted", "Cited by " + citing + (citing == 1 ? " question." : " questions."));
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
            case ScoringFunction.Weighted w -> "option weights";
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
            case ScoringFunction.Weighted w -> "Option weights (select questions): the chosen options' weight relative to "
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

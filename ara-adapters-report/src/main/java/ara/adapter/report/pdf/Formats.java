package ara.adapter.report.pdf;

import ara.domain.answer.AnswerValue;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Effort;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.Reference;
import ara.domain.result.Recommendation;
import ara.domain.result.RoadmapWindow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How the report writes numbers, dates and answers. Numbers are printed exactly as the stored result holds them
 * (already rounded to two decimals by the domain), without trailing zeros: the report never rounds again.
 * Stateless and thread-safe.
 */
final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** {@code 6.5}, {@code 65}, {@code 64.57}: the stored value, no trailing zeros, no exponent. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** {@code 65%}. */
    static String percent(double percent) {
        return number(percent) + "%";
    }

    /**
     * A score as people read it, on the 0–100 scale as the web page shows it: the percent of the maximum rounded to a
     * whole number ({@code 62}). The raw weighted points behind it are never printed.
     */
    static String outOf100(double percent) {
        return Long.toString(Math.round(Math.max(0, Math.min(100, percent))));
    }

    /** {@code 62 / 100}: {@link #outOf100} with its scale. */
    static String scale(double percent) {
        return outOf100(percent) + " / 100";
    }

    /** A question's score on the 0–100 scale: {@code 6.5} of {@code 10} is {@code 65 / 100}. */
    static String scale(double score, double max) {
        return scale(max == 0 ? 0 : score / max * 100);
    }

    /** {@code 26 November 2026} (UTC). */
    static String date(Instant instant) {
        return DATE.format(instant);
    }

    static String effort(Effort effort) {
        return switch (effort) {
            case S -> "Small";
            case M -> "Medium";
            case L -> "Large";
        };
    }

    /** "Days 1–30", "Months 4–6": a roadmap window as a heading. */
    static String window(RoadmapWindow window) {
        return switch (window) {
            case DAYS_1_30, DAYS_31_60, DAYS_61_90 -> "Days " + window.firstDay() + "–" + window.lastDay();
            case MONTHS_4_6 -> "Months 4–6";
            case MONTHS_7_12 -> "Months 7–12";
        };
    }

    /** "Improve" or "Find out". */
    static String kind(Recommendation.Kind kind) {
        return switch (kind) {
            case IMPROVE -> "Improve";
            case FIND_OUT -> "Find out";
        };
    }

    /** "NIST-AI-RMF GOVERN 1.2": the source's id in capitals, then the framework's own item. */
    static String citation(Reference reference) {
        return reference.source().toUpperCase(Locale.ROOT) + " " + reference.item();
    }

    /** An answer as people read it: option labels, "Yes"/"No", numbers with their unit, or the text. */
    static String answer(Question question, AnswerValue value) {
        return switch (value) {
            case AnswerValue.Choice choice -> label(question, choice.optionId());
            case AnswerValue.Choices choices -> choices.optionIds().isEmpty() ? "None selected"
                    : String.join(", ", choices.optionIds().stream().map(id -> label(question, id)).toList());
            case AnswerValue.Number number -> numberAnswer(question, number.value());
            case AnswerValue.Flag flag -> flag.value() ? "Yes" : "No";
            case AnswerValue.Text text -> text.value().isBlank() ? "(empty)" : text.value();
        };
    }

    private static String numberAnswer(Question question, double value) {
        if (question.type() == QuestionType.PERCENTAGE) {
            return percent(value);
        }
        if (question.type() == QuestionType.SCALE_RATING) {
            return number(value) + " on a scale of " + number(question.minimum()) + " to "
                    + number(question.maximum());
        }
        return number(value);
    }

    private static String label(Question question, String optionId) {
        return question.option(optionId).map(AnswerOption::label).orElse(optionId);
    }

    /** The text, or its first {@code max} characters (code points) and an ellipsis. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)).strip() + "…";
    }

    /** "a, b and c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}

package ara.application.service.chat;

import ara.application.port.in.audit.AuditView;
import ara.application.port.out.chat.ChatTurn;
import ara.domain.answer.AnswerValue;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatRole;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.Source;
import ara.domain.questionnaire.Step;
import ara.domain.scoring.PillarScore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds what a language model reads: the system prompt from the audit's step, answers, progress and scores (this
 * audit only), and the conversation cut to a token budget (latest turns kept, the rest summarised). Tokens are
 * approximated as four characters. Stateless.
 */
final class AssistantPrompts {
    /** Tokens of earlier turns sent with a message. */
    static final int HISTORY_TOKEN_BUDGET = 1_500;
    private static final int CHARACTERS_PER_TOKEN = 4;
    private static final int SUMMARY_MAX = 600;
    private static final int SUMMARY_ITEM = 80;

    private AssistantPrompts() {
    }

    static int tokens(String text) {
        return (text.length() + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN;
    }

    static String system(AuditView view, Step step) {
        StringBuilder prompt = new StringBuilder(2_000);
        prompt.append("You are the assistant of ARA, helping one user fill in the questionnaire \"")
                .append(view.definition().title()).append("\". Answer in a few sentences, in the user's language. ")
                .append("Only discuss this audit. When the user's message clearly states which option applies, "
                        + "call suggest_answer with the question id and the option id (a list of ids for a "
                        + "multi select, a number for a scale); never invent ids.\n\n");
        prompt.append("Current step: ").append(step.title());
        if (!step.description().isBlank()) {
            prompt.append(" (").append(step.description()).append(')');
        }
        prompt.append("\nQuestions on this step:\n");
        for (Question question : step.questions()) {
            prompt.append("- ").append(question.id()).append(": ").append(question.title())
                    .append(" [").append(question.type().name().toLowerCase(Locale.ROOT)).append("]");
            if (!question.helpText().isBlank()) {
                prompt.append(" Help: ").append(question.helpText());
            }
            if (!question.references().isEmpty()) {
                prompt.append(" Rests on: ").append(String.join("; ", question.references().stream()
                        .map(reference -> reference.source() + " " + reference.item()).toList())).append('.');
            }
            if (!question.options().isEmpty()) {
                prompt.append(" Options: ");
                List<String> options = new ArrayList<>();
                for (AnswerOption option : question.options()) {
                    options.add(option.id() + " = " + option.label() + (option.unknown() ? " [unknown]" : ""));
                }
                prompt.append(String.join("; ", options));
            } else {
                prompt.append(" Range: ").append(number(question.minimum())).append(" to ")
                        .append(number(question.maximum()));
            }
            prompt.append("\n  Current answer: ")
                    .append(view.audit().answers().get(question.id()).map(v -> describe(question, v))
                            .orElse("not answered"))
                    .append('\n');
        }
        sources(view, step, prompt);
        var progress = view.progress();
        prompt.append("\nProgress: ").append(progress.answered()).append(" of ").append(progress.total())
                .append(" questions answered (").append(number(progress.percent())).append(" %).\n");
        var total = view.score().total();
        prompt.append("Partial score: ").append(number(total.score())).append(" of ").append(number(total.max()))
                .append(" (").append(number(total.percent())).append(" %).");
        for (PillarScore pillar : view.score().pillars()) {
            String name = view.definition().pillar(pillar.pillar()).map(p -> p.title()).orElse(pillar.pillar().value());
            prompt.append(' ').append(name).append(": ").append(number(pillar.summary().percent())).append(" %.");
        }
        prompt.append('\n');
        return prompt.toString();
    }

    /**
     * The frameworks the step's questions cite, named once, and how to treat the "I don't know" options: the honest
     * answer when nobody at hand can tell, so the model must not talk the user into it or out of it.
     */
    private static void sources(AuditView view, Step step, StringBuilder prompt) {
        Set<String> cited = new LinkedHashSet<>();
        step.questions().forEach(question -> question.references().forEach(r -> cited.add(r.source())));
        if (!cited.isEmpty()) {
            prompt.append("Frameworks cited:");
            for (String id : cited) {
                prompt.append(' ').append(id).append(" = ")
                        .append(view.definition().source(id).map(Source::title).orElse(id)).append(';');
            }
            prompt.setLength(prompt.length() - 1);
            prompt.append('\n');
        }
        if (step.questions().stream().anyMatch(question -> question.unknownOption().isPresent())) {
            prompt.append("An option marked [unknown] is the honest \"I don't know\": suggest it only when the user "
                    + "says they cannot tell, and say who could find out (the question's help names whom to ask).\n");
        }
    }

    /** An answer in words: option labels, the number or the text. */
    static String describe(Question question, AnswerValue value) {
        return switch (value) {
            case AnswerValue.Choice choice -> question.option(choice.optionId()).map(AnswerOption::label)
                    .orElse(choice.optionId());
            case AnswerValue.Choices choices -> choices.optionIds().isEmpty() ? "none of these"
                    : String.join(", ", choices.optionIds().stream()
                    .map(id -> question.option(id).map(AnswerOption::label).orElse(id)).toList());
            case AnswerValue.Number number -> number(number.value());
            case AnswerValue.Flag flag -> flag.value() ? "yes" : "no";
            case AnswerValue.Text text -> "\"" + text.value() + "\"";
        };
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    /** The latest turns within the budget, oldest first; {@code history} is oldest first. */
    static List<ChatTurn> window(List<ChatMessage> history) {
        List<ChatTurn> kept = new ArrayList<>();
        int used = 0;
        for (int i = history.size() - 1; i >= 0; i--) {
            ChatMessage message = history.get(i);
            int cost = tokens(message.content());
            if (used + cost > HISTORY_TOKEN_BUDGET) {
                break;
            }
            used += cost;
            kept.addFirst(new ChatTurn(message.role(), message.content()));
        }
        return kept;
    }

    /** A running summary of the turns that did not fit: what the user asked before, briefly. */
    static String summary(List<ChatMessage> history, int keptTurns) {
        StringBuilder summary = new StringBuilder();
        for (ChatMessage message : history.subList(0, history.size() - keptTurns)) {
            if (message.role() != ChatRole.USER) {
                continue;
            }
            String item = message.content().strip().replaceAll("\\s+", " ");
            if (item.length() > SUMMARY_ITEM) {
                item = item.substring(0, SUMMARY_ITEM) + "…";
            }
            if (summary.length() + item.length() > SUMMARY_MAX) {
                break;
            }
            summary.append(summary.isEmpty() ? "Earlier the user asked: " : "; ").append(item);
        }
        return summary.toString();
    }
}

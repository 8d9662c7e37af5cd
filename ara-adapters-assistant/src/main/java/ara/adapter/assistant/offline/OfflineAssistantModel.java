package ara.adapter.assistant.offline;

import ara.application.port.out.chat.AssistantListener;
import ara.application.port.out.chat.AssistantModel;
import ara.application.port.out.chat.AssistantReply;
import ara.application.port.out.chat.AssistantRequest;
import ara.application.port.out.chat.ChatTurn;
import ara.domain.answer.AnswerValue;
import ara.domain.chat.ChatSource;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionnaireDefinition;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Assistant adapter: the embedded offline assistant. Ranks passages of the audit's questionnaire (the quick, the full
 * or a published one) and a FAQ with BM25, composes a short answer that names the step, the framework items a
 * question rests on and the current scores, proposes answers for options the message names, recalls the user's
 * earlier messages when asked, and says what it is. No network, no model; answers in
 * well under a millisecond. Thread-safe (knowledge bases are built once per questionnaire version and shared).
 */
public final class OfflineAssistantModel implements AssistantModel {
    static final String INTRO = "Offline assistant (no language model involved): ";
    private static final int PASSAGES = 2;
    private static final int PASSAGE_CHARACTERS = 320;
    private static final Pattern RECALL = Pattern.compile(
            "\\b(did i (say|mention|write|tell)|i (said|mentioned|wrote|told)|earlier|before|remind)\\b");

    private final Map<String, KnowledgeBase> knowledge = new ConcurrentHashMap<>();

    @Override
    public ChatSource source() {
        return ChatSource.OFFLINE;
    }

    @Override
    public AssistantReply reply(AssistantRequest request, AssistantListener listener) {
        KnowledgeBase base = knowledge.computeIfAbsent(request.definition().id() + "@" + request.definition().version(),
                key -> KnowledgeBase.of(request.definition()));
        StringBuilder reply = new StringBuilder(INTRO);
        List<OptionMatcher.Match> matches = OptionMatcher.matches(request.message(), request.definition(),
                request.step(), request.answers());
        for (OptionMatcher.Match match : matches) {
            reply.append("You mentioned ").append(quoted(String.join(", ", match.named()))).append(": for ")
                    .append(quoted(match.question().title())).append(" that is ")
                    .append(labels(match)).append(". Accept the suggestion to save it. ");
        }
        if (!request.recalled().isEmpty() && RECALL.matcher(request.message().toLowerCase(Locale.ROOT)).find()) {
            reply.append("Earlier in this chat you wrote: ");
            for (ChatTurn turn : request.recalled()) {
                reply.append(quoted(shorten(turn.content(), 200))).append(' ');
            }
        }
        if (matches.isEmpty()) {
            List<Bm25Index.Hit> hits = base.search(request.message(), request.step(), PASSAGES);
            if (hits.isEmpty()) {
                reply.append("I found nothing on that in the questionnaire or the FAQ; try naming a question, an "
                        + "option or a tool you use. ");
            }
            for (Bm25Index.Hit hit : hits) {
                reply.append(hit.passage().title()).append(" — ")
                        .append(shorten(hit.passage().text(), PASSAGE_CHARACTERS)).append(' ');
                if (!hit.passage().citation().isEmpty()) {
                    reply.append("[Rests on: ").append(hit.passage().citation()).append("] ");
                }
            }
        }
        reply.append(status(request));
        String text = reply.toString().strip();
        stream(text, listener);
        matches.forEach(match -> listener.suggestion(match.answer()));
        return new AssistantReply(ChatSource.OFFLINE, estimate(request.message()), estimate(text));
    }

    private static String labels(OptionMatcher.Match match) {
        Question question = match.question();
        return switch (match.answer().value()) {
            case AnswerValue.Choice choice -> quoted(question.option(choice.optionId())
                    .orElseThrow().label());
            case AnswerValue.Choices choices -> String.join(" and ", choices.optionIds().stream()
                    .map(id -> quoted(question.option(id).orElseThrow().label())).toList());
            default -> "";
        };
    }

    private static String status(AssistantRequest request) {
        var step = request.step();
        long answered = step.questions().stream().filter(q -> request.answers().has(q.id())).count();
        var total = request.score().total();
        return "You are on the step " + quoted(step.title()) + " (" + answered + " of " + step.questions().size()
                + " questions answered); the partial score is " + number(total.score()) + " of "
                + number(total.max()) + " (" + number(total.percent()) + " %).";
    }

    /** Streams word by word (each with its following space), as a model would. */
    private static void stream(String text, AssistantListener listener) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                listener.token(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            listener.token(text.substring(start));
        }
    }

    private static int estimate(String text) {
        return (text.length() + 3) / 4;
    }

    private static String quoted(String text) {
        return "\u201c" + text + "\u201d";
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + "…";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    /** How many passages the knowledge base of a questionnaire holds (built on first use). */
    int passages(QuestionnaireDefinition definition) {
        return knowledge.computeIfAbsent(definition.id() + "@" + definition.version(),
                key -> KnowledgeBase.of(definition)).size();
    }
}

package ara.application.service.chat;

import ara.application.port.out.chat.AssistantListener;
import ara.application.port.out.chat.AssistantModel;
import ara.application.port.out.chat.AssistantReply;
import ara.application.port.out.chat.AssistantRequest;
import ara.application.port.out.chat.AssistantUnavailable;
import ara.domain.chat.ChatSource;
import ara.domain.chat.SuggestedAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Test double of a language model (an external system): streams a fixed script of tokens and suggestions, then
 * either completes or throws {@link AssistantUnavailable}; remembers every request it got. Thread-safe enough for
 * one test (requests are recorded under a lock).
 */
final class ScriptedAssistantModel implements AssistantModel {
    private final ChatSource source;
    private final Consumer<AssistantListener> script;
    private final boolean failsAfterScript;
    private final List<AssistantRequest> requests = new ArrayList<>();

    private ScriptedAssistantModel(ChatSource source, Consumer<AssistantListener> script, boolean failsAfterScript) {
        this.source = source;
        this.script = script;
        this.failsAfterScript = failsAfterScript;
    }

    /** Streams these tokens, one event each, and completes. */
    static ScriptedAssistantModel replying(ChatSource source, String... tokens) {
        return new ScriptedAssistantModel(source, listener -> {
            for (String token : tokens) {
                listener.token(token);
            }
        }, false);
    }

    /** Runs the script against the listener and completes. */
    static ScriptedAssistantModel scripted(ChatSource source, Consumer<AssistantListener> script) {
        return new ScriptedAssistantModel(source, script, false);
    }

    /** Streams these tokens, then fails as an unreachable model does halfway through. */
    static ScriptedAssistantModel failingAfter(String... tokens) {
        ScriptedAssistantModel streaming = replying(ChatSource.LLM, tokens);
        return new ScriptedAssistantModel(ChatSource.LLM, streaming.script, true);
    }

    /** Suggests these answers, then completes. */
    static ScriptedAssistantModel suggesting(SuggestedAnswer... suggestions) {
        return scripted(ChatSource.LLM, listener -> {
            for (SuggestedAnswer suggestion : suggestions) {
                listener.suggestion(suggestion);
            }
        });
    }

    synchronized List<AssistantRequest> requests() {
        return List.copyOf(requests);
    }

    synchronized AssistantRequest lastRequest() {
        return requests.getLast();
    }

    @Override
    public ChatSource source() {
        return source;
    }

    @Override
    public AssistantReply reply(AssistantRequest request, AssistantListener listener) {
        synchronized (this) {
            requests.add(request);
        }
        script.accept(listener);
        if (failsAfterScript) {
            throw new AssistantUnavailable("scripted failure");
        }
        return new AssistantReply(source, 11, 7);
    }
}

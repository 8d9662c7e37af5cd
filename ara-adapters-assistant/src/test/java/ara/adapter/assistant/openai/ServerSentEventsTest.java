package ara.adapter.assistant.openai;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServerSentEventsTest {
    private final ServerSentEvents events = new ServerSentEvents();

    private List<String> feed(String... lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            events.line(line).ifPresent(out::add);
        }
        return out;
    }

    @Test
    void dispatchesOnBlankLinesAndJoinsDataLines() {
        assertThat(feed("data: {\"a\":1}", "", "data:first", "data: second", "", "")).containsExactly("{\"a\":1}",
                "first\nsecond");
    }

    @Test
    void ignoresCommentsAndOtherFields() {
        assertThat(feed(": keep-alive", "event: message", "id: 7", "retry: 10", "data: x", "")).containsExactly("x");
    }

    @Test
    void anEventCutByTheEndOfTheStreamIsStillRead() {
        feed("data: [DONE]");
        assertThat(events.end()).contains("[DONE]");
        assertThat(events.end()).isEmpty();
    }
}

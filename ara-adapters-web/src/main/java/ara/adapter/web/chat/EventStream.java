package ara.adapter.web.chat;

import ara.adapter.web.http.WebJson;
import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@code text/event-stream} response by hand (Javalin's SSE support serves GET only): the headers go out
 * with the first event, each event is flushed at once. A client that went away is noted and later events are
 * dropped, so the reply is still completed and stored. Used by one request's thread.
 */
final class EventStream {
    static final String CONTENT_TYPE = "text/event-stream; charset=utf-8";
    private static final byte[] END_OF_EVENT = {'\n', '\n'};

    private final Context ctx;
    private ServletOutputStream out;
    private boolean gone;

    EventStream(Context ctx) {
        this.ctx = ctx;
    }

    boolean started() {
        return out != null;
    }

    void send(String event, Object data) {
        if (gone) {
            return;
        }
        try {
            if (out == null) {
                ctx.status(200);
                ctx.res().setContentType(CONTENT_TYPE);
                ctx.res().setHeader("Cache-Control", "no-cache");
                // Proxies such as nginx must pass each event on instead of buffering the response.
                ctx.res().setHeader("X-Accel-Buffering", "no");
                out = ctx.res().getOutputStream();
            }
            out.write(("event: " + event + "\ndata: ").getBytes(StandardCharsets.UTF_8));
            // Compact JSON has no line breaks, so one data line carries it.
            out.write(WebJson.write(data));
            out.write(END_OF_EVENT);
            out.flush();
        } catch (IOException e) {
            gone = true;
        }
    }
}

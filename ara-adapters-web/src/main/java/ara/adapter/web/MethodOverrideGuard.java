package ara.adapter.web;

import ara.adapter.web.problem.FieldError;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.List;

/**
 * Refuses, with a 400 problem, every request that asks to be treated as another method: Javalin's
 * {@code Context.method()} obeys {@code X-HTTP-Method-Override}, so a {@code GET} carrying it would be routed as the
 * {@code DELETE} it names (and a cross-site or cached GET could delete an answer). Other frameworks read
 * {@code X-HTTP-Method} and {@code X-Method-Override}; they are refused too, so that no proxy or later version can
 * revive the trick. Runs in Jetty, before Javalin sees the request. A {@code _method} query parameter is read by
 * nothing in ARA and is ignored. Stateless and thread-safe.
 */
final class MethodOverrideGuard extends Handler.Wrapper {
    /** The header spellings refused. */
    static final List<String> HEADERS = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");
    static final String RULE = "method_override_refused";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        for (String name : HEADERS) {
            if (request.getHeaders().contains(name)) {
                String detail = name + " is not honoured: send the request with the method you mean";
                JettyErrors.answer(request, response, callback, HttpStatus.BAD_REQUEST_400, detail,
                        List.of(new FieldError(name, RULE, detail)));
                return true;
            }
        }
        return super.handle(request, response, callback);
    }
}

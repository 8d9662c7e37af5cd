package ara.adapter.web;

import ara.adapter.web.http.RateLimitHeaders;
import ara.application.port.in.limit.AdmissionView;
import ara.application.port.in.limit.AdmitRequestUseCase.AdmissionListener;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Shows the per-audit allowances the use cases spend as the response's {@code RateLimit-*} headers: the server binds
 * each route's request to the thread that serves it, and the use cases (which spend an allowance only once the
 * caller's access is decided) report each admission here. An admission reported outside a bound request is not
 * shown. Hand the same instance to the use cases' allowances and to the {@link WebServer}. Thread-safe.
 */
public final class RequestAdmissions implements AdmissionListener {
    private final ThreadLocal<Context> serving = new ThreadLocal<>();

    @Override
    public void admitted(AdmissionView admission) {
        Context ctx = serving.get();
        if (ctx != null) {
            RateLimitHeaders.show(ctx, admission);
        }
    }

    /** Runs {@code handler} with the admissions reported meanwhile shown on {@code ctx}'s response. */
    void serve(Context ctx, Handler handler) throws Exception {
        Context outer = serving.get();
        serving.set(ctx);
        try {
            handler.handle(ctx);
        } finally {
            if (outer == null) {
                serving.remove();
            } else {
                serving.set(outer);
            }
        }
    }
}

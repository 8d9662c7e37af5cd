package ara.archfixture.adapter.web;

/** Violation: a "service" in an adapter; services live in the application ring. */
public final class WebThingService {
    public String serve() {
        return "thing";
    }
}

package ara.archfixture.adapter.web;

/** Violation: writing to the console instead of logging. */
public final class ConsoleThingHandler {
    public void handle(String body) {
        System.out.println(body);
    }
}

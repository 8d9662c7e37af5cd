package ara.archfixture.adapter.web;

/** Violation: a generic exception instead of one named for the fact. */
public final class GenericFailureHandler {
    public void handle(String body) {
        if (body.isEmpty()) {
            throw new RuntimeException("empty body");
        }
    }
}

package ara.archfixture.application.port.in.thing;

/** Violation: port.in holds only use cases, commands, queries, views and failures. */
public final class ThingHelper {
    public int one() {
        return 1;
    }
}

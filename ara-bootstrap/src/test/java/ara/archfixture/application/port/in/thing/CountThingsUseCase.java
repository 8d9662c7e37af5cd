package ara.archfixture.application.port.in.thing;

/** Violation: a use case that is a class, not an interface. */
public final class CountThingsUseCase {
    public int count() {
        return 0;
    }
}

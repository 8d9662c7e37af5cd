package ara.archfixture.application.service.thing;

/** Violation: a use case declared beside the services instead of in port.in. */
public interface RenameThingUseCase {
    void rename(String id, String name);
}

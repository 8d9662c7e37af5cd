package ara.archfixture.application.service.thing;

/** Violation: a service that is neither final nor implements a use case. */
public class LooseService {
    public String fetch(String id) {
        return id;
    }
}

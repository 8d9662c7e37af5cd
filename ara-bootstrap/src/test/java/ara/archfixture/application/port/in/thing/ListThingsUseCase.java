package ara.archfixture.application.port.in.thing;

import ara.archfixture.application.service.thing.ListThingsService;

import java.util.List;

/** Violation: a port that knows the service behind it. */
public interface ListThingsUseCase {
    List<String> list();

    static ListThingsUseCase standard() {
        return new ListThingsService();
    }
}

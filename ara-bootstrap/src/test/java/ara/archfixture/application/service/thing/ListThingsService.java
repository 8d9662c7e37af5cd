package ara.archfixture.application.service.thing;

import ara.archfixture.application.port.in.thing.ListThingsUseCase;

import java.util.List;

/** A well-formed service (its use case is the violation). */
public final class ListThingsService implements ListThingsUseCase {
    @Override
    public List<String> list() {
        return List.of();
    }
}

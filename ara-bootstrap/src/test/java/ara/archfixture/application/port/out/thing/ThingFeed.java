package ara.archfixture.application.port.out.thing;

import ara.archfixture.application.port.in.thing.FetchThingUseCase;

/** Violation: an outbound port that depends on an inbound port. */
public interface ThingFeed {
    void publishTo(FetchThingUseCase useCase);
}

package ara.archfixture.application.port.out.gadget;

import ara.archfixture.application.port.out.thing.ThingStore;

/** Violation (with ThingShelf): the concepts gadget and thing of the application depend on each other. */
public interface GadgetStore {
    ThingStore things();
}

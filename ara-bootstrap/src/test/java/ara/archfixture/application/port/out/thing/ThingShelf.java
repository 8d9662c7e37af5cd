package ara.archfixture.application.port.out.thing;

import ara.archfixture.application.port.out.gadget.GadgetStore;

/** Violation (with GadgetStore): the concepts thing and gadget of the application depend on each other. */
public interface ThingShelf {
    GadgetStore gadgets();
}

package ara.archfixture.domain.thing;

import ara.archfixture.domain.gadget.Gadget;

/** Violation (with Gadget): two domain concepts that depend on each other. */
public record Thing(Gadget gadget) {
}

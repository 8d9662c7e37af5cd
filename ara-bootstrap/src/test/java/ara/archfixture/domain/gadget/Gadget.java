package ara.archfixture.domain.gadget;

import ara.archfixture.domain.thing.Thing;

import java.util.List;

/** Violation (with Thing): two domain concepts that depend on each other. */
public record Gadget(List<Thing> parts) {
}

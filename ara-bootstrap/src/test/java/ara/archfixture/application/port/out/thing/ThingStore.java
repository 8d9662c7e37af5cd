package ara.archfixture.application.port.out.thing;

/** Violation: an outbound port named with a "Port" suffix is planted next to this one. */
public interface ThingStore {
    String load(String id);
}

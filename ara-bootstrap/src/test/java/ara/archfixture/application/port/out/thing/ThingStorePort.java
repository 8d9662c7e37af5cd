package ara.archfixture.application.port.out.thing;

/** Violation: outbound ports are named by role, without a "Port" suffix. */
public interface ThingStorePort {
    String load(String id);
}

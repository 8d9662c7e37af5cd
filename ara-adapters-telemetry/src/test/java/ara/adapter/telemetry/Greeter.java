package ara.adapter.telemetry;

/** A stand-in for a use case or an outbound port: an interface of a few methods. */
public interface Greeter {
    String greet(String name);

    void fail(RuntimeException failure);

    String relay(Greeter next, String name);
}

package ara.application.service.health;

import ara.application.port.out.health.HealthCheck;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test double of a backend's health check (a real round trip in production): answers up or down as set, or throws,
 * and counts how often it was asked. Thread-safe.
 */
final class ScriptedHealthCheck implements HealthCheck {
    private final String name;
    private final AtomicInteger probes = new AtomicInteger();
    private volatile Probe answer = Probe.up("answered");
    private volatile RuntimeException failure;

    private ScriptedHealthCheck(String name) {
        this.name = name;
    }

    static ScriptedHealthCheck up(String name) {
        return new ScriptedHealthCheck(name);
    }

    static ScriptedHealthCheck down(String name, String detail) {
        ScriptedHealthCheck check = new ScriptedHealthCheck(name);
        check.answer(Probe.down(detail));
        return check;
    }

    void answer(Probe probe) {
        this.answer = probe;
        this.failure = null;
    }

    void throwing(RuntimeException e) {
        this.failure = e;
    }

    int probes() {
        return probes.get();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Probe probe() {
        probes.incrementAndGet();
        RuntimeException e = failure;
        if (e != null) {
            throw e;
        }
        return answer;
    }
}

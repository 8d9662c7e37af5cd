package ara.adapter.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;

/**
 * Wraps a use case or an outbound port in a span per call: {@code <Interface>.<method>}, internal for use cases and
 * client (with {@code db.system.name}) for ports that leave the process, child of whatever span is current (the
 * request's). Failures are recorded on the span and rethrown unchanged. The wrapper is a dynamic proxy of the one
 * interface, so every method of it, present or future, is covered without code per method. Stateless.
 */
public final class Traced {
    static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system.name");
    static final AttributeKey<String> CODE_FUNCTION = AttributeKey.stringKey("code.function.name");

    private Traced() {
    }

    /** Every call of {@code useCase} in an internal span. */
    public static <T> T useCase(Class<T> type, T useCase, Tracer tracer) {
        return wrap(type, useCase, tracer, SpanKind.INTERNAL, null);
    }

    /**
     * Every call of an outbound port in a client span.
     *
     * @param system what is called, e.g. {@code mysql}, {@code h2}, {@code redis}, {@code s3} (the semantic
     *               conventions' {@code db.system.name})
     */
    public static <T> T port(Class<T> type, T port, Tracer tracer, String system) {
        return wrap(type, port, tracer, SpanKind.CLIENT, Objects.requireNonNull(system, "system"));
    }

    private static <T> T wrap(Class<T> type, T target, Tracer tracer, SpanKind kind, String system) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(tracer, "tracer");
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type + " is not an interface");
        }
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(target, proxy, method, args);
            }
            Span span = tracer.spanBuilder(type.getSimpleName() + "." + method.getName()).setSpanKind(kind)
                    .setAttribute(CODE_FUNCTION, type.getName() + "." + method.getName()).startSpan();
            if (system != null) {
                span.setAttribute(DB_SYSTEM, system);
            }
            Scope scope = span.makeCurrent();
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable failure = e.getCause();
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
                throw failure;
            } finally {
                scope.close();
                span.end();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object objectMethod(Object target, Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "Traced[" + target + "]";
        };
    }
}

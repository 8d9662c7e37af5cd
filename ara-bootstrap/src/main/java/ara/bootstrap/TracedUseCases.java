package ara.bootstrap;

import ara.adapter.telemetry.Traced;
import ara.adapter.web.WebUseCases;
import io.opentelemetry.api.trace.Tracer;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Every use case the web adapter serves, each behind a span per call ({@link Traced#useCase}). Walks the components
 * of a record of use cases such as {@link WebUseCases} (and of the records grouping use cases within it, such as the
 * report use cases), so a use case added there is traced without a line here. Stateless.
 */
final class TracedUseCases {
    private TracedUseCases() {
    }

    /** The record of use cases ({@link WebUseCases}, {@code WebAdmin}) with every use case in it traced. */
    static <R extends Record> R of(Class<R> type, R useCases, Tracer tracer) {
        return type.cast(traced(type, useCases, tracer));
    }

    /** The record with every use case in it traced: interfaces wrapped, records walked. */
    private static Object traced(Class<?> type, Object record, Tracer tracer) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] traced = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Class<?> component = components[i].getType();
                Object value = components[i].getAccessor().invoke(record);
                traced[i] = component.isRecord() ? traced(component, value, tracer) : trace(component, value, tracer);
            }
            return type.getDeclaredConstructor(Arrays.stream(components)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(traced);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot trace the use cases: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot trace the use cases: " + e, e);
        }
    }

    private static <T> T trace(Class<T> type, Object useCase, Tracer tracer) {
        return Traced.useCase(type, type.cast(useCase), tracer);
    }
}

package ara.bootstrap;

import ara.adapter.web.WebUseCases;
import ara.application.service.Traced;
import io.opentelemetry.api.trace.Tracer;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Every use case the web adapter serves, each behind a span per call ({@link Traced#useCase}). Walks the components
 * of {@link WebUseCases}, so a use case added there is traced without a line here. Stateless.
 */
final class TracedUseCases {
    private TracedUseCases() {
    }

    static WebUseCases of(WebUseCases useCases, Tracer tracer) {
        return traced(WebUseCases.class, useCases, tracer);
    }

    /** A record of use cases with each component traced; a component that is itself such a record, recursively. */
    private static <R extends Record> R traced(Class<R> type, R useCases, Tracer tracer) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] traced = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                traced[i] = trace(components[i].getType(), components[i].getAccessor().invoke(useCases), tracer);
            }
            return type.getDeclaredConstructor(Arrays.stream(components)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(traced);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot trace the use cases: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot trace the use cases: " + e, e);
        }
    }

    private static Object trace(Class<?> type, Object useCase, Tracer tracer) {
        if (type.isRecord()) {
            return tracedRecord(type.asSubclass(Record.class), useCase, tracer);
        }
        return traceUseCase(type, useCase, tracer);
    }

    private static <R extends Record> R tracedRecord(Class<R> type, Object useCases, Tracer tracer) {
        return traced(type, type.cast(useCases), tracer);
    }

    private static <T> T traceUseCase(Class<T> type, Object useCase, Tracer tracer) {
        return Traced.useCase(type, type.cast(useCase), tracer);
    }
}

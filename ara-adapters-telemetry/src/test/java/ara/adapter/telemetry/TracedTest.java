package ara.adapter.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every call through the decorator is one span, named for the interface and method, failures recorded. */
class TracedTest {
    private static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system.name");
    private static final AttributeKey<String> CODE_FUNCTION = AttributeKey.stringKey("code.function.name");

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
    private final Tracer tracer = provider.get("test");
    private final Greeter plain = new Greeter() {
        @Override
        public String greet(String name) {
            return "hello " + name;
        }

        @Override
        public void fail(RuntimeException failure) {
            throw failure;
        }

        @Override
        public String relay(Greeter next, String name) {
            return next.greet(name);
        }

        @Override
        public String toString() {
            return "plain";
        }
    };

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void aUseCaseCallIsAnInternalSpanNamedForItsInterfaceAndMethod() {
        Greeter traced = Traced.useCase(Greeter.class, plain, tracer);

        assertThat(traced.greet("ada")).isEqualTo("hello ada");

        SpanData span = only(spans.getFinishedSpanItems());
        assertThat(span.getName()).isEqualTo("Greeter.greet");
        assertThat(span.getKind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(span.getAttributes().get(CODE_FUNCTION)).isEqualTo("ara.adapter.telemetry.Greeter.greet");
        assertThat(span.getAttributes().get(DB_SYSTEM)).isNull();
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    }

    @Test
    void aPortCallIsAClientSpanNamingTheSystemCalled() {
        Greeter traced = Traced.port(Greeter.class, plain, tracer, "mysql");

        traced.greet("ada");

        SpanData span = only(spans.getFinishedSpanItems());
        assertThat(span.getName()).isEqualTo("Greeter.greet");
        assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(span.getAttributes().get(DB_SYSTEM)).isEqualTo("mysql");
    }

    @Test
    void aFailureIsRecordedOnTheSpanAndRethrownUnchanged() {
        Greeter traced = Traced.useCase(Greeter.class, plain, tracer);
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> traced.fail(failure)).isSameAs(failure);

        SpanData span = only(spans.getFinishedSpanItems());
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span.getStatus().getDescription()).isEqualTo("IllegalStateException");
        assertThat(span.getEvents()).anySatisfy(event -> assertThat(event.getName()).isEqualTo("exception"));
    }

    @Test
    void aCallInsideATracedCallIsItsChild() {
        Greeter port = Traced.port(Greeter.class, plain, tracer, "redis");
        Greeter useCase = Traced.useCase(Greeter.class, plain, tracer);

        assertThat(useCase.relay(port, "ada")).isEqualTo("hello ada");

        List<SpanData> finished = spans.getFinishedSpanItems();
        assertThat(finished).extracting(SpanData::getName).containsExactly("Greeter.greet", "Greeter.relay");
        SpanData inner = finished.get(0);
        SpanData outer = finished.get(1);
        assertThat(inner.getParentSpanId()).isEqualTo(outer.getSpanId());
        assertThat(inner.getTraceId()).isEqualTo(outer.getTraceId());
        assertThat(outer.getParentSpanContext().isValid()).isFalse();
    }

    @Test
    void objectMethodsAreAnsweredByTheProxyWithoutASpan() {
        Greeter traced = Traced.useCase(Greeter.class, plain, tracer);

        assertThat(traced).isEqualTo(traced).isNotEqualTo(plain);
        assertThat(traced.hashCode()).isEqualTo(System.identityHashCode(traced));
        assertThat(traced.toString()).isEqualTo("Traced[plain]");
        assertThat(spans.getFinishedSpanItems()).isEmpty();
    }

    @Test
    void onlyInterfacesCanBeWrapped() {
        assertThatThrownBy(() -> Traced.useCase(Object.class, new Object(), tracer))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an interface");
    }

    @Test
    void aPortNeedsTheSystemItCalls() {
        assertThatThrownBy(() -> Traced.port(Greeter.class, plain, tracer, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("system");
    }

    private static SpanData only(List<SpanData> finished) {
        assertThat(finished).hasSize(1);
        return finished.getFirst();
    }
}

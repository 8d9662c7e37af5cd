package ara.bootstrap.telemetry;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.Meter;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The JVM's metrics under the OpenTelemetry JVM semantic conventions: {@code jvm.memory.used}, {@code .committed}
 * and {@code .limit} per pool ({@code jvm_memory_used_bytes}, …), {@code jvm.gc.duration} per collector and action
 * ({@code jvm_gc_duration_seconds}, from the JVM's GC notifications), {@code jvm.thread.count} by daemon flag and
 * {@code jvm.cpu.recent_utilization} ({@code jvm_cpu_recent_utilization_ratio}). Read from the platform MXBeans
 * when scraped. Thread-safe.
 */
final class JvmMetrics {
    private static final AttributeKey<String> MEMORY_TYPE = AttributeKey.stringKey("jvm.memory.type");
    private static final AttributeKey<String> POOL = AttributeKey.stringKey("jvm.memory.pool.name");
    private static final AttributeKey<String> GC_NAME = AttributeKey.stringKey("jvm.gc.name");
    private static final AttributeKey<String> GC_ACTION = AttributeKey.stringKey("jvm.gc.action");
    private static final AttributeKey<Boolean> DAEMON = AttributeKey.booleanKey("jvm.thread.daemon");
    private static final List<Double> GC_BUCKETS = List.of(0.01, 0.1, 1.0, 10.0);

    private JvmMetrics() {
    }

    /** Registers the JVM's metrics; returns what to undo on shutdown (the GC listeners). */
    static List<Runnable> register(Meter meter) {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        memory(meter, pools, "jvm.memory.used", "Memory in use", MemoryUsage::getUsed);
        memory(meter, pools, "jvm.memory.committed", "Memory committed", MemoryUsage::getCommitted);
        memory(meter, pools, "jvm.memory.limit", "Most memory obtainable", MemoryUsage::getMax);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        meter.upDownCounterBuilder("jvm.thread.count").setUnit("{thread}").setDescription("Live threads")
                .buildWithCallback(measurement -> {
                    int daemon = threads.getDaemonThreadCount();
                    measurement.record(daemon, Attributes.of(DAEMON, true));
                    measurement.record(threads.getThreadCount() - daemon, Attributes.of(DAEMON, false));
                });
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            meter.gaugeBuilder("jvm.cpu.recent_utilization").setUnit("1")
                    .setDescription("Recent CPU utilization of the process, 0 to 1")
                    .buildWithCallback(measurement -> {
                        double load = os.getProcessCpuLoad();
                        if (load >= 0) {
                            measurement.record(load);
                        }
                    });
        }
        return garbageCollection(meter);
    }

    private static void memory(Meter meter, List<MemoryPoolMXBean> pools, String name, String description,
                               ToLongFunction<MemoryUsage> value) {
        meter.upDownCounterBuilder(name).setUnit("By").setDescription(description).buildWithCallback(measurement -> {
            for (MemoryPoolMXBean pool : pools) {
                MemoryUsage usage = pool.getUsage();
                long bytes = usage == null ? -1 : value.applyAsLong(usage);
                if (bytes >= 0) {
                    measurement.record(bytes, Attributes.of(MEMORY_TYPE,
                            pool.getType() == MemoryType.HEAP ? "heap" : "non_heap", POOL, pool.getName()));
                }
            }
        });
    }

    private static List<Runnable> garbageCollection(Meter meter) {
        DoubleHistogram duration = meter.histogramBuilder("jvm.gc.duration").setUnit("s")
                .setDescription("Duration of JVM garbage collection actions")
                .setExplicitBucketBoundariesAdvice(GC_BUCKETS).build();
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                duration.record(info.getGcInfo().getDuration() / 1000.0,
                        Attributes.of(GC_NAME, info.getGcName(), GC_ACTION, info.getGcAction()));
            }
        };
        List<Runnable> undo = new ArrayList<>();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                undo.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
        return undo;
    }
}

package com.jobwise.export.bootstrap.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;

/**
 * The JVM and process meters (memory, garbage collection, threads, class loading, CPU, uptime) bound to a
 * registry; {@link #close()} unhooks the GC listener.
 */
public final class JvmMetrics implements AutoCloseable {
    private final JvmGcMetrics gc;

    private JvmMetrics(JvmGcMetrics gc) {
        this.gc = gc;
    }

    /** Binds every JVM meter to {@code registry}. */
    public static JvmMetrics bindTo(MeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return new JvmMetrics(gc);
    }

    @Override
    public void close() {
        gc.close();
    }
}

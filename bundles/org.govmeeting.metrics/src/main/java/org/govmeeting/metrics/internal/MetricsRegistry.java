package org.govmeeting.metrics.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The platform's one meter registry, in the Prometheus format, offered as a Micrometer {@link
 * MeterRegistry} service: the REST layer records each request in it, and the JVM's own figures
 * (memory, collections, threads, processors, file descriptors, uptime) are bound here.
 */
@Component(service = {MeterRegistry.class, MetricsRegistry.class})
public class MetricsRegistry extends PrometheusMeterRegistry {
  private final JvmGcMetrics gc = new JvmGcMetrics();

  public MetricsRegistry() {
    super(PrometheusConfig.DEFAULT);
    new ClassLoaderMetrics().bindTo(this);
    new JvmMemoryMetrics().bindTo(this);
    gc.bindTo(this);
    new JvmThreadMetrics().bindTo(this);
    new ProcessorMetrics().bindTo(this);
    new FileDescriptorMetrics().bindTo(this);
    new UptimeMetrics().bindTo(this);
  }

  @Deactivate
  void deactivate() {
    gc.close();
    close();
  }
}

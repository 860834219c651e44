package org.govmeeting.metrics.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: metrics",
    description = "Who may read the metrics at /metrics (Prometheus text format).")
public @interface MetricsConfig {
  String PID = "org.govmeeting.metrics";

  @AttributeDefinition(
      name = "Addresses that may scrape",
      description =
          "Client addresses (exact, IPv4 or IPv6) that GET /metrics answers; any other gets 403."
              + " The figures say how the platform is used, not what it holds, but only the"
              + " district's monitoring needs them. Loopback by default: add the Prometheus"
              + " server's address.")
  String[] allowedAddresses() default {"127.0.0.1", "0:0:0:0:0:0:0:1"};
}

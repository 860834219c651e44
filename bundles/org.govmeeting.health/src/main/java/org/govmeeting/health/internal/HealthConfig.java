package org.govmeeting.health.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: health",
    description = "When the node reports itself unfit to serve.")
public @interface HealthConfig {
  String PID = "org.govmeeting.health";

  @AttributeDefinition(
      name = "Least free disk (MiB)",
      description =
          "Below this much free space under the data folder (the embedded database, the logs)"
              + " the node is not ready (CRITICAL); below four times as much it warns.",
      min = "1")
  int minFreeMiB() default 256;
}

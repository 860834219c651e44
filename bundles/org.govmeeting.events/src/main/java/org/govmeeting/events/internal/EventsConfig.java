package org.govmeeting.events.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: events",
    description = "How often undelivered events are delivered again.")
public @interface EventsConfig {
  String PID = "org.govmeeting.events";

  @AttributeDefinition(
      name = "Redelivery interval (seconds)",
      description =
          "Events that a crash, an absent or a failing subscriber left undelivered are"
              + " delivered again this often (and at start-up).",
      min = "1")
  int redeliverySeconds() default 5;
}

package org.govmeeting.supervision.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: supervision",
    description = "When tasks count as due soon and how often reminders are sent.")
public @interface SupervisionConfig {
  String PID = "org.govmeeting.supervision";

  @AttributeDefinition(
      name = "Due soon (days)",
      description = "A task due within this many days gets a reminder.",
      min = "0")
  int dueSoonDays() default 7;

  @AttributeDefinition(
      name = "Chasing interval (minutes)",
      description = "How often reminders and chasing notices are sent; 0 turns it off.",
      min = "0")
  int chaseIntervalMinutes() default 60;
}

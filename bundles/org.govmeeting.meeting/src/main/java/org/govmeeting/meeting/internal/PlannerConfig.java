package org.govmeeting.meeting.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: agenda",
    description = "Defaults for preparing a meeting's agenda.")
public @interface PlannerConfig {
  String PID = "org.govmeeting.meeting.planner";

  @AttributeDefinition(
      name = "Report time limit (minutes)",
      description = "How long a topic's report may take unless the Office sets otherwise (D1).",
      min = "1",
      max = "240")
  int defaultTimeLimitMinutes() default 15;
}

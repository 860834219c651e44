package org.govmeeting.intake.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: topic intake",
    description = "Limits of topic submission.")
public @interface IntakeConfig {
  String PID = "org.govmeeting.intake";

  @AttributeDefinition(
      name = "Largest material file (bytes)",
      description = "Uploads above this size are refused.",
      min = "1")
  long maxFileBytes() default 20L * 1024 * 1024;
}

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
      description =
          "A material file above this size is refused with 400 once that many bytes have"
              + " arrived, and nothing of it is kept. Files are streamed to the database a row of"
              + " 256 KiB at a time, so the heap does not grow with this limit. The REST cap on"
              + " any request body (org.govmeeting.rest: maxUploadMiB, 32 MiB) is applied first:"
              + " keep this below it, or the REST cap is the limit (413).",
      min = "1")
  long maxFileBytes() default 20L * 1024 * 1024;
}

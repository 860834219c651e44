package org.govmeeting.meeting.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: scheduling",
    description = "Numbering and submission cut-offs of meetings.")
public @interface MeetingConfig {
  String PID = "org.govmeeting.meeting";

  @AttributeDefinition(
      name = "First number",
      description =
          "The number the district's first meeting on this platform gets; later ones count on."
              + " The regulation was adopted at Qianjin's 43rd meeting.",
      min = "1")
  int firstNumber() default 44;

  @AttributeDefinition(
      name = "Default cut-off (hours)",
      description =
          "When the mayor gives no submission cut-off, topics are due this many hours before the"
              + " meeting (S9).",
      min = "0")
  int defaultCutoffHours() default 72;
}

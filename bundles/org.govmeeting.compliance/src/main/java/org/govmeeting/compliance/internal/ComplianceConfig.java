package org.govmeeting.compliance.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: compliance report",
    description = "Which modules a compliance report expects to answer.")
public @interface ComplianceConfig {
  String PID = "org.govmeeting.compliance";

  @AttributeDefinition(
      name = "Expected modules",
      description =
          "The modules whose verdicts a report expects; one that is not running is listed as not"
              + " checked, with its clauses, as they were last seen.")
  String[] modules() default {
    "meeting", "attendance", "intake", "policy", "review", "minutes", "supervision"
  };
}

package org.govmeeting.directory.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: directory",
    description = "Where the district roster comes from.")
public @interface DirectoryConfig {
  String PID = "org.govmeeting.directory";

  @AttributeDefinition(
      name = "Roster file",
      description =
          "Path of a roster file (tab-separated unit and person lines) to seed from; empty for the"
              + " built-in Qianjin roster. Seeding only adds what is missing, so it is safe to"
              + " repeat.")
  String rosterFile() default "";

  @AttributeDefinition(
      name = "JPA template target",
      description = "Selects the persistence unit the directory stores its records in.")
  String jpa_target() default "(osgi.unit.name=govmeeting.directory)";
}

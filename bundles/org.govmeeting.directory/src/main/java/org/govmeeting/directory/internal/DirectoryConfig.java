package org.govmeeting.directory.internal;

import org.govmeeting.api.directory.Directory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: directory",
    description = "Where the district roster comes from, and the district's time zone.")
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
      name = "Time zone",
      description =
          "The district's time zone, an ID of the time-zone database (Asia/Shanghai, Asia/Urumqi):"
              + " the day it is for deadlines, the month of a meeting (C3) and the end of a"
              + " consultation, and the offset of every time the API writes. An ID Java does not"
              + " know is refused with an error in the log, and the default kept.")
  String zone() default Directory.DEFAULT_ZONE;

  @AttributeDefinition(
      name = "JPA template target",
      description = "Selects the persistence unit the directory stores its records in.")
  String jpa_target() default "(osgi.unit.name=govmeeting.directory)";
}

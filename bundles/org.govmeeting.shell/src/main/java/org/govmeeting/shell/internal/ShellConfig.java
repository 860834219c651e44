package org.govmeeting.shell.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: console",
    description = "Who the meeting: commands of the Karaf console act as.")
public @interface ShellConfig {
  String PID = "org.govmeeting.shell";

  @AttributeDefinition(
      name = "System person",
      description =
          "The person of the directory that console acts needing the Government Office (sending"
              + " a meeting's notices, gathering its archive) are recorded as: a person of the"
              + " Office (OFFICE_STAFF or OFFICE_DIRECTOR) kept for the purpose, not a clerk's"
              + " own account. The audit log names this person and the console user who typed"
              + " the command.")
  String systemPerson() default "system.console";
}

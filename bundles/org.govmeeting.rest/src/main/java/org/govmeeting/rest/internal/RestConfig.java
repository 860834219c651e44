package org.govmeeting.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: REST access",
    description = "How REST callers are authenticated.")
public @interface RestConfig {
  String PID = "org.govmeeting.rest";

  @AttributeDefinition(
      name = "JAAS realm",
      description = "The Karaf JAAS realm that checks user names and passwords.")
  String realm() default "karaf";

  @AttributeDefinition(
      name = "Login cache (seconds)",
      description =
          "How long a successful login is remembered, so that each request does not rerun the"
              + " JAAS modules; 0 turns the cache off. A changed password takes effect after at"
              + " most this long.",
      min = "0")
  int loginCacheSeconds() default 60;

  @AttributeDefinition(
      name = "Largest JSON body (KiB)",
      description =
          "A JSON request body larger than this is refused with 413 before it is parsed. Files"
              + " have their own limit (intake: maxFileBytes).",
      min = "1")
  int maxJsonKiB() default 1024;

  @AttributeDefinition(
      name = "Largest upload (MiB)",
      description =
          "Any other request body (material files, attachments) larger than this is refused with"
              + " 413 while it arrives, before it fills memory; each module checks its own, lower"
              + " limit after that.",
      min = "1")
  int maxUploadMiB() default 32;
}

package org.govmeeting.webapp.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: staff web app",
    description = "The pages under /app/; they call the REST API under /api of the same server.")
public @interface WebAppConfig {
  String PID = "org.govmeeting.webapp";

  @AttributeDefinition(
      name = "Who may frame the app",
      description =
          "The Content-Security-Policy frame-ancestors sources: 'self' (the platform's own pages),"
              + " 'none', or the origin of the portal that embeds the app, as scheme://host[:port]."
              + " Anything else is refused and 'self' is kept.")
  String[] frameAncestors() default {"'self'"};
}

package org.govmeeting.review.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: review",
    description = "Which district's policy decides the review chains.")
public @interface ReviewConfig {
  String PID = "org.govmeeting.review";

  @AttributeDefinition(
      name = "Active district",
      description =
          "The district whose policy builds new chains. Changing it takes effect at once; chains"
              + " already running keep the policy that built them.")
  String activeDistrict() default "qianjin";
}

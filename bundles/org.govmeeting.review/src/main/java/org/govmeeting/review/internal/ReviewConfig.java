package org.govmeeting.review.internal;

/**
 * The review module's setting. Its metatype is not generated from annotations but served by {@link
 * DistrictChoices}, because the districts to choose from are the policies installed now; the
 * default is written here only, and the metatype reads it from here.
 */
public @interface ReviewConfig {
  String PID = "org.govmeeting.review";

  /** The district whose policy builds new chains. */
  String activeDistrict() default "qianjin";
}

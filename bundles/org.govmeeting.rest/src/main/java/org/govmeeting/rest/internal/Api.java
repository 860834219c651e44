package org.govmeeting.rest.internal;

/** Names that tie the whiteboard services of the REST application together. */
final class Api {
  /** The JAX-RS application's name, selected by every resource and extension. */
  static final String NAME = "govmeeting";

  static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
  static final String ACCESS = "govmeeting.access";
  static final String ROLES = "govmeeting.roles";
  static final String HEADERS = "govmeeting.headers";
  static final String PROBLEMS = "govmeeting.problems";
  static final String JSON = "govmeeting.json";
  static final String TRANSACTION = "govmeeting.transaction";
  static final String TAGS = "govmeeting.tags";
  static final String METRICS = "govmeeting.metrics";

  private Api() {}
}

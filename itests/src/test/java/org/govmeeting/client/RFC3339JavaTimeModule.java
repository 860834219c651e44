package org.govmeeting.client;

import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Stands in for the generator's module of the same name, which needs Jackson 2.16 where the
 * platform's container has 2.14 (see itests/openapi-generator-ignore). The generated ApiClient
 * registers it beside Jackson's JavaTimeModule, which reads every time the API sends (ISO-8601 with
 * an offset); the generator's one only adds leniency for space-separated RFC 3339 times.
 */
public class RFC3339JavaTimeModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public RFC3339JavaTimeModule() {
    super("RFC3339JavaTimeModule");
  }
}

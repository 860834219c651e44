package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import javax.ws.rs.QueryParam;

/**
 * The paging of a list, {@code offset} and {@code limit} in the query: taken as text and checked
 * here (JAX-RS would answer a number it cannot convert with 404), never clamped, so a caller who
 * asks for what the platform does not give learns it (400 with the allowed range) instead of
 * getting a different page than asked for.
 */
public class Paging {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  @QueryParam("offset")
  @Parameter(
      description = "How many items to skip, 0 to 2147483647",
      schema =
          @Schema(
              type = "integer",
              format = "int32",
              minimum = "0",
              maximum = "2147483647",
              defaultValue = "0"))
  public String offset;

  @QueryParam("limit")
  @Parameter(
      description = "How many items at most, 1 to " + MAX_LIMIT,
      schema =
          @Schema(
              type = "integer",
              format = "int32",
              minimum = "1",
              maximum = "" + MAX_LIMIT,
              defaultValue = "" + DEFAULT_LIMIT))
  public String limit;

  /**
   * Types the paging parameters of an operation as the integers they are: swagger-core keeps the
   * Java type (text) of a bean parameter's fields whatever their schema says.
   */
  @SuppressWarnings("rawtypes")
  static void describe(io.swagger.v3.oas.models.Operation op) {
    if (op.getParameters() == null) {
      return;
    }
    for (io.swagger.v3.oas.models.parameters.Parameter p : op.getParameters()) {
      boolean paging = p.getName().equals("offset") || p.getName().equals("limit");
      if ("query".equals(p.getIn()) && paging && p.getSchema() != null) {
        io.swagger.v3.oas.models.media.Schema text = p.getSchema();
        p.setSchema(
            new io.swagger.v3.oas.models.media.IntegerSchema()
                .minimum(text.getMinimum())
                .maximum(text.getMaximum())
                ._default(p.getName().equals("offset") ? 0 : DEFAULT_LIMIT));
      }
    }
  }

  int offset() {
    return Params.count("offset", offset, 0, 0, Integer.MAX_VALUE);
  }

  int limit() {
    return Params.count("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
  }
}

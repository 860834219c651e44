package org.govmeeting.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.core.Response;

/**
 * An RFC 9457 problem document. It is written as a string, not through the JSON provider, so an
 * error can always be reported even when the JSON provider itself is what failed.
 */
final class Problem {
  static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "urn:govmeeting:problem:";

  private final int status;
  private final Map<String, Object> members = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>();

  Problem(int status, String kind, String title, String detail) {
    this.status = status;
    members.put("type", TYPE_BASE + (kind == null ? ProblemTypes.of(status) : kind));
    members.put("title", title);
    members.put("status", status);
    if (detail != null) {
      members.put("detail", detail);
    }
    // The call's id, as X-Request-Id answers it: what a person reporting the error quotes.
    String request = org.slf4j.MDC.get(RequestLog.MDC_KEY);
    if (request != null) {
      members.put("requestId", request);
    }
  }

  /** Adds an extension member, e.g. the clause or the field; {@code null} values are left out. */
  Problem with(String name, Object value) {
    if (value != null) {
      members.put(name, value);
    }
    return this;
  }

  /** An HTTP header to send with the problem, e.g. Retry-After. */
  Problem header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  int status() {
    return status;
  }

  /** A member as it will be written, e.g. {@code "detail"}; {@code null} if absent. */
  Object member(String name) {
    return members.get(name);
  }

  String json() {
    StringBuilder out = new StringBuilder();
    object(out, members);
    return out.toString();
  }

  /** Written by hand: a problem must leave even when the JSON provider is what failed. */
  private static void object(StringBuilder out, Map<?, ?> members) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : members.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      quote(out, String.valueOf(e.getKey())).append(':');
      value(out, e.getValue());
    }
    out.append('}');
  }

  private static void value(StringBuilder out, Object v) {
    if (v instanceof Number || v instanceof Boolean) {
      out.append(v);
    } else if (v instanceof Map<?, ?> m) {
      object(out, m);
    } else if (v instanceof java.util.Collection<?> c) {
      out.append('[');
      boolean first = true;
      for (Object o : c) {
        if (!first) {
          out.append(',');
        }
        first = false;
        value(out, o);
      }
      out.append(']');
    } else {
      quote(out, String.valueOf(v));
    }
  }

  Response toResponse() {
    Response.ResponseBuilder r =
        Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").entity(json());
    headers.forEach(r::header);
    return r.build();
  }

  private static StringBuilder quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}

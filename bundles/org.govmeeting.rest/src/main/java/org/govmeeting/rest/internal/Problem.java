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

  String json() {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, Object> e : members.entrySet()) {
      if (out.length() > 1) {
        out.append(',');
      }
      quote(out, e.getKey()).append(':');
      Object v = e.getValue();
      if (v instanceof Number || v instanceof Boolean) {
        out.append(v);
      } else {
        quote(out, String.valueOf(v));
      }
    }
    return out.append('}').toString();
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

package org.govmeeting.rest.internal;

import java.util.Map;

/**
 * The kind of a problem that no layer named: the HTTP errors the JAX-RS runtime and Jetty raise
 * themselves (no such path, a method or media type the resource does not take, a request too large)
 * get a kind of the one scheme, {@code urn:govmeeting:problem:<kind>}, like every other problem,
 * instead of {@code about:blank}: a client tells problems apart by {@code type} alone.
 */
final class ProblemTypes {
  private static final Map<Integer, String> BY_STATUS =
      Map.ofEntries(
          Map.entry(400, "bad-request"),
          Map.entry(401, "unauthenticated"),
          Map.entry(403, "forbidden"),
          Map.entry(404, "not-found"),
          Map.entry(405, "method-not-allowed"),
          Map.entry(406, "not-acceptable"),
          Map.entry(408, "too-slow"),
          Map.entry(409, "conflict"),
          Map.entry(411, "length-required"),
          Map.entry(413, "payload-too-large"),
          Map.entry(414, "uri-too-long"),
          Map.entry(415, "unsupported-media-type"),
          Map.entry(417, "expectation-failed"),
          Map.entry(429, "too-many-requests"),
          Map.entry(431, "headers-too-large"),
          Map.entry(500, "internal"),
          Map.entry(501, "not-implemented"),
          Map.entry(503, "unavailable"));

  private ProblemTypes() {}

  /** The kind for a bare HTTP status: its name in the scheme, or {@code http-<status>}. */
  static String of(int status) {
    return BY_STATUS.getOrDefault(status, "http-" + status);
  }
}

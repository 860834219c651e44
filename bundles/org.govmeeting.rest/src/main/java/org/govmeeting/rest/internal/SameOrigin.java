package org.govmeeting.rest.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import javax.ws.rs.core.MediaType;

/**
 * The check against cross-site request forgery. A browser on another site can send a form or a
 * plain-text POST with the user's cached Basic credentials, but neither a JSON body nor a custom
 * header without a CORS preflight, which this API never grants; it also names its site in {@code
 * Origin}. A state-changing call must therefore carry JSON or {@code X-Requested-With}, and an
 * {@code Origin}, if sent, must be the API's own or one configured.
 */
final class SameOrigin {
  static final String HEADER = "X-Requested-With";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final Set<String> allowed;

  SameOrigin(Set<String> allowedOrigins) {
    this.allowed =
        allowedOrigins.stream()
            .map(SameOrigin::normalise)
            .filter(o -> o != null)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * Why the call is refused (Chinese, English), or {@code null}.
   *
   * @param own the API's base URI as this request reached it
   */
  String[] refusal(String method, MediaType type, String requestedWith, String origin, URI own) {
    if (SAFE.contains(method.toUpperCase(Locale.ROOT))) {
      return null;
    }
    if (origin != null) {
      String o = normalise(origin);
      if (o == null || !(o.equals(normalise(own.toString())) || allowed.contains(o))) {
        return new String[] {
          "来源“" + origin + "”不是本平台，请求未执行。",
          "Origin '" + origin + "' is not this platform's own; the call was not carried out."
        };
      }
    }
    boolean json =
        type != null
            && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    if (!json && (requestedWith == null || requestedWith.isBlank())) {
      return new String[] {
        "修改数据的请求须以 JSON 提交（Content-Type: application/json）或带有请求头 " + HEADER + "；上传文件时须带此请求头。",
        "A call that changes something must send a JSON body (Content-Type: application/json)"
            + " or the header "
            + HEADER
            + "; a file upload sends the header."
      };
    }
    return null;
  }

  /** scheme://host:port in lower case with the port always written, or {@code null} if unusable. */
  static String normalise(String origin) {
    try {
      URI u = new URI(origin.trim());
      if (u.getScheme() == null || u.getHost() == null) {
        return null;
      }
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      int port = u.getPort();
      if (port < 0) {
        port = scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
      }
      return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}

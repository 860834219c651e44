package org.govmeeting.webapp.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** The security headers of the app's own files (the API sets its own on its answers). */
final class Headers {
  private Headers() {}

  /**
   * Scripts and styles only from the platform itself, never inline, and calls only to it: a script
   * injected into a page (a topic name that carries markup) cannot run. Images may be data: and
   * blob: URLs (charts, previews); the minutes' PDF is shown from a blob: URL made of the bytes the
   * API sent, so frames may show blob: and nothing else.
   */
  static String contentSecurityPolicy(List<String> frameAncestors) {
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
        + " font-src 'self'; connect-src 'self'; worker-src 'self'; frame-src 'none'; object-src 'none';"
        + " base-uri 'none'; form-action 'self'; manifest-src 'self'; frame-ancestors "
        + String.join(" ", frameAncestors);
  }

  /** Whether a frame-ancestors source is one this app accepts: 'self', 'none' or an origin. */
  static boolean validAncestor(String source) {
    if (source == null) {
      return false;
    }
    String s = source.trim();
    if (s.equals("'self'") || s.equals("'none'")) {
      return true;
    }
    try {
      URI u = new URI(s);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http"))
          && u.getHost() != null
          && (u.getPath() == null || u.getPath().isEmpty())
          && u.getQuery() == null
          && u.getFragment() == null
          && u.getUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

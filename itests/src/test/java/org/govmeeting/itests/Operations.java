package org.govmeeting.itests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;

/** The operations the JAX-RS runtime has registered in the platform's application right now. */
final class Operations {
  private Operations() {}

  /**
   * One operation.
   *
   * @param path as OpenAPI writes it: leading slash, no trailing one, no expressions
   * @param template as the runtime reports it, expressions included
   * @param consumes the media types it accepts (empty: any)
   */
  record Operation(String verb, String path, String template, List<String> consumes) {
    /** The media type to send: the first it accepts, JSON if it accepts any. */
    String mediaType() {
      return consumes.isEmpty() ? "application/json" : consumes.get(0);
    }

    /**
     * The path with every template variable filled so the request matches the method: the first
     * word a variable's expression allows (approve|refuse), else 1.
     */
    String concrete() {
      Matcher m = Pattern.compile("\\{\\s*\\w+\\s*(?::\\s*([^}]*))?}").matcher(template);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String regex = m.group(1);
        String value = "1";
        if (regex != null && regex.matches("[\\w|]+")) {
          value = regex.split("\\|")[0];
        }
        m.appendReplacement(sb, value);
      }
      m.appendTail(sb);
      return sb.toString().replaceAll("/+", "/").replaceFirst("^/", "");
    }

    /** The operation in an OpenAPI description (a missing node if it is not there). */
    JsonNode in(JsonNode openApi) {
      return openApi.path("paths").path(path).path(verb.toLowerCase(Locale.ROOT));
    }
  }

  static List<Operation> registered(JaxrsServiceRuntime runtime) {
    List<Operation> all = new ArrayList<>();
    for (ApplicationDTO app : runtime.getRuntimeDTO().applicationDTOs) {
      if (!"govmeeting".equals(app.name)) {
        continue;
      }
      for (ResourceDTO r : app.resourceDTOs) {
        for (ResourceMethodInfoDTO m : r.resourceMethods) {
          String path =
              ("/" + m.path).replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
          if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
          }
          List<String> consumes =
              m.consumingMimeType == null ? List.of() : List.of(m.consumingMimeType);
          all.add(new Operation(m.method, path, m.path, consumes));
        }
      }
    }
    return all;
  }
}

package org.govmeeting.rest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import javax.ws.rs.Path;
import org.govmeeting.api.persistence.Storage;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Which module a path belongs to, and whether it is running. A resource of this bundle stays
 * unregistered while a module service it needs is missing, so the JAX-RS runtime answers its paths
 * 404 as if they did not exist; asked on such a 404, this finds the resource components for the
 * path's first segment, and if one is waiting for services, the answer is 503 naming them. Storage
 * is the usual reason at start: while the database cannot be reached, the platform's data source is
 * not registered at all, and every module waits for it.
 */
@Component(service = Modules.class)
public class Modules {
  private final Bundle bundle;
  private final ServiceComponentRuntime runtime;

  /** First path segment → the resource components serving it; made once, on the first 404. */
  private volatile Map<String, List<ComponentDescriptionDTO>> resources;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      target = "(osgi.jndi.service.name=govmeeting)")
  private volatile DataSource dataSource;

  /** The storage health check, if installed: what the last probe of the database found. */
  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile Storage storage;

  @Activate
  public Modules(BundleContext context, @Reference ServiceComponentRuntime runtime) {
    this.bundle = context.getBundle();
    this.runtime = runtime;
  }

  /**
   * Whether the storage is down: the platform's data source is missing (the database could not be
   * reached when it was made), or the last probe of the database failed.
   */
  boolean storageDown() {
    Storage s = storage;
    return dataSource == null || (s != null && !s.available());
  }

  /**
   * Whether the storage is down now, probed again: asked when a request failed in a way no one
   * expected, which Derby does once it has shut a database down after an I/O error.
   */
  boolean storageFailing() {
    Storage s = storage;
    return dataSource == null || (s != null && !s.probe());
  }

  /** The 503 for a call that needs {@code service}, which is missing. */
  Problem missing(List<Locale> languages, String module, Class<?> service) {
    return storageDown()
        ? Outage.storage(languages, "no data source, " + service.getName() + " missing")
        : Outage.module(languages, module, List.of(service.getName()));
  }

  /**
   * For a path no resource matched: the 503 if a resource for its first segment is waiting for
   * services, nothing if the path simply does not exist.
   */
  Optional<Problem> unavailable(String path, List<Locale> languages) {
    String segment = firstSegment(path);
    List<String> missing = new ArrayList<>();
    for (ComponentDescriptionDTO d : resources().getOrDefault(segment, List.of())) {
      missing.addAll(missingServices(d));
    }
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        storageDown()
            ? Outage.storage(languages, "no data source, " + missing + " missing")
            : Outage.module(languages, segment, missing));
  }

  private List<String> missingServices(ComponentDescriptionDTO d) {
    List<String> missing = new ArrayList<>();
    java.util.Collection<ComponentConfigurationDTO> configurations =
        runtime.getComponentConfigurationDTOs(d);
    if (configurations.isEmpty() && runtime.isComponentEnabled(d)) {
      // Waiting for its configuration: no reference to name, the component itself is missing.
      missing.add(d.name);
    }
    for (ComponentConfigurationDTO c : configurations) {
      for (UnsatisfiedReferenceDTO u : c.unsatisfiedReferences) {
        for (ReferenceDTO r : d.references) {
          if (r.name.equals(u.name) && !missing.contains(r.interfaceName)) {
            missing.add(r.interfaceName);
          }
        }
      }
    }
    return missing;
  }

  private Map<String, List<ComponentDescriptionDTO>> resources() {
    Map<String, List<ComponentDescriptionDTO>> r = resources;
    if (r == null) {
      r = new HashMap<>();
      for (ComponentDescriptionDTO d : runtime.getComponentDescriptionDTOs(bundle)) {
        String segment = resourcePath(d.implementationClass);
        if (segment != null) {
          r.computeIfAbsent(segment, k -> new ArrayList<>()).add(d);
        }
      }
      resources = r;
    }
    return r;
  }

  private String resourcePath(String implementation) {
    try {
      Path path = bundle.loadClass(implementation).getAnnotation(Path.class);
      return path == null ? null : firstSegment(path.value());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  static String firstSegment(String path) {
    String p = path == null ? "" : path;
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    int slash = p.indexOf('/');
    return slash < 0 ? p : p.substring(0, slash);
  }
}

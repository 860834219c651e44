package org.govmeeting.schema.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import liquibase.Liquibase;
import liquibase.resource.AbstractResource;
import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.Resource;
import org.osgi.framework.Bundle;

/**
 * A module bundle's own entries, as Liquibase reads changelogs. Liquibase's class-loader accessor
 * turns every URL into a file or jar path, which a framework's bundle: URLs are not. Its own XML
 * schema definitions come from the Liquibase bundle, so that parsing never asks the network.
 */
final class BundleResources extends AbstractResourceAccessor {
  private final Bundle bundle;

  BundleResources(Bundle bundle) {
    this.bundle = bundle;
  }

  @Override
  public List<Resource> search(String path, boolean recursive) {
    return getAll(path);
  }

  @Override
  public List<Resource> getAll(String path) {
    String entry = path.startsWith("/") ? path.substring(1) : path;
    URL url = bundle.getEntry(entry);
    if (url == null) {
      url = Liquibase.class.getClassLoader().getResource(entry);
    }
    List<Resource> found = new ArrayList<>();
    if (url != null) {
      found.add(new Entry(this, entry, url));
    }
    return found.isEmpty() ? null : found;
  }

  @Override
  public List<String> describeLocations() {
    return List.of(bundle.getSymbolicName());
  }

  @Override
  public void close() {}

  private static final class Entry extends AbstractResource {
    private final BundleResources owner;
    private final URL url;

    Entry(BundleResources owner, String path, URL url) {
      super(path, uri(url));
      this.owner = owner;
      this.url = url;
    }

    private static java.net.URI uri(URL url) {
      try {
        return url.toURI();
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(url.toString(), e);
      }
    }

    @Override
    public InputStream openInputStream() throws IOException {
      return url.openStream();
    }

    @Override
    public boolean exists() {
      return true;
    }

    @Override
    public Resource resolve(String other) {
      return first(owner.getAll(resolvePath(other)), resolvePath(other));
    }

    @Override
    public Resource resolveSibling(String other) {
      return first(owner.getAll(resolveSiblingPath(other)), resolveSiblingPath(other));
    }

    private static Resource first(List<Resource> found, String path) {
      if (found == null) {
        throw new IllegalArgumentException("no " + path);
      }
      return found.get(0);
    }
  }
}

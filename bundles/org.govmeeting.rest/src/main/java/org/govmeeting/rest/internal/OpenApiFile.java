package org.govmeeting.rest.internal;

import io.swagger.v3.core.util.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the API description at build time, from every whiteboard resource of this bundle, through
 * the same {@link OpenApiDocument} the running platform serves it with: the build generates the
 * Java client from this file (itests), and {@code ContractIT} checks that the live description is
 * the same, so the client is generated from the contract the platform keeps.
 *
 * <p>Run by the build (exec-maven-plugin, after the classes are compiled) with the output file and
 * the project version; never in the platform.
 */
public final class OpenApiFile {
  private OpenApiFile() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Files.createDirectories(out.getParent());
    Files.writeString(out, json(args[1]), StandardCharsets.UTF_8);
  }

  static String json(String version) {
    return Json.pretty(OpenApiDocument.describe(resources(), "/api", version));
  }

  /** The JAX-RS resources of this bundle (its classes with @Path), in name order. */
  static List<Class<?>> resources() {
    try {
      Path root =
          Path.of(
              OpenApiDocument.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path pkg = root.resolve(OpenApiDocument.class.getPackageName().replace('.', '/'));
      List<Class<?>> found = new ArrayList<>();
      try (Stream<Path> files = Files.list(pkg)) {
        for (Path f : (Iterable<Path>) files.sorted()::iterator) {
          String name = f.getFileName().toString();
          if (!name.endsWith(".class") || name.contains("$")) {
            continue;
          }
          Class<?> c =
              Class.forName(
                  OpenApiDocument.class.getPackageName()
                      + "."
                      + name.substring(0, name.length() - ".class".length()));
          if (c.isAnnotationPresent(javax.ws.rs.Path.class)) {
            found.add(c);
          }
        }
      }
      return found;
    } catch (IOException | URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot list the resources of " + OpenApiDocument.class, e);
    }
  }
}
